package org.gigforge.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.gigforge.search.Analysis;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of {@link Analysis} for the Lucene backend. {@link ElasticsearchAnalysis} defines the same chain
 * with Elasticsearch's names; change both together. The synonym graph is flattened because it is applied at
 * index time too (an index cannot store a token graph).
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

    /** The token filters of {@link Analysis#ENGLISH}, after the standard tokenizer, with their parameters. */
    static final List<Map.Entry<Class<? extends TokenFilterFactory>, Map<String, String>>> ENGLISH_FILTERS = List.of(
            Map.entry(LowerCaseFilterFactory.class, Map.of()),
            Map.entry(ASCIIFoldingFilterFactory.class, Map.of()),
            Map.entry(StopFilterFactory.class, Map.of()),
            Map.entry(SynonymGraphFilterFactory.class,
                    Map.of("synonyms", Analysis.SYNONYMS_RESOURCE, "ignoreCase", "true")),
            Map.entry(FlattenGraphFilterFactory.class, Map.of()),
            Map.entry(EnglishPossessiveFilterFactory.class, Map.of()),
            Map.entry(PorterStemFilterFactory.class, Map.of()));

    /**
     * {@link Analysis#ENGLISH} as a plain Lucene analyzer, for analysing text outside an index (marking the words a
     * hit matched), whichever backend holds the index.
     */
    public static Analyzer english() {
        try {
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(LuceneAnalysis.class.getClassLoader()))
                    .withTokenizer(StandardTokenizerFactory.class);
            for (var filter : ENGLISH_FILTERS) {
                builder.addTokenFilter(filter.getKey(), new HashMap<>(filter.getValue()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var english = context.analyzer(Analysis.ENGLISH).custom().tokenizer(StandardTokenizerFactory.class);
        for (var filter : ENGLISH_FILTERS) {
            var step = english.tokenFilter(filter.getKey());
            filter.getValue().forEach(step::param);
        }

        context.analyzer(Analysis.AUTOCOMPLETE).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                        .param("minGramSize", "2")
                        .param("maxGramSize", "20");

        context.analyzer(Analysis.AUTOCOMPLETE_QUERY).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.normalizer(Analysis.KEYWORD).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
