package org.gigforge.search.internal;

import org.gigforge.search.Analysis;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link Analysis} for Elasticsearch and OpenSearch: the same chain as {@link LuceneAnalysis}
 * ({@code stemmer/english} is Lucene's Porter stemmer; the plain {@code synonym} filter is the flattened graph).
 * The synonym rules are sent inline, read from the same resource, so the cluster needs no files.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(Analysis.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "gigforge_stop", "gigforge_synonyms",
                        "gigforge_possessive", "gigforge_stemmer");
        context.tokenFilter("gigforge_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("gigforge_synonyms").type("synonym")
                .param("synonyms", SkillSynonyms.rules().toArray(String[]::new));
        context.tokenFilter("gigforge_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("gigforge_stemmer").type("stemmer").param("language", "english");

        context.analyzer(Analysis.AUTOCOMPLETE).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "gigforge_edge_ngram");
        context.tokenFilter("gigforge_edge_ngram").type("edge_ngram").param("min_gram", 2).param("max_gram", 20);

        context.analyzer(Analysis.AUTOCOMPLETE_QUERY).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");

        context.normalizer(Analysis.KEYWORD).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
