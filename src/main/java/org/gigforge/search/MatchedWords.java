package org.gigforge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.gigforge.search.internal.LuceneAnalysis;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds the words of a search in a hit's texts the way the index matched them: the same analysis (folding, stop
 * words, skill synonyms, stemming) and the same typo tolerance as {@link SearchText}. For "Why this result" and the
 * snippet under each hit.
 *
 * <p>Done here and not by the engine's highlighter: that one rebuilt the typo automata of the query for every hit
 * and field, which was most of a search's time, and the two backends' highlighters cut passages differently.
 */
public final class MatchedWords {

    /** The tags around matched words in a snippet, which is HTML. */
    public static final String OPEN = "<em>";
    public static final String CLOSE = "</em>";

    private static final Analyzer ENGLISH = LuceneAnalysis.english();

    private final List<QueryWord> words;

    /** A word of the search: the terms it is indexed as, and its folded form that typos are counted against. */
    private record QueryWord(Set<String> terms, String folded, int edits) {}

    /** A matched word in a text, by its character offsets. */
    private record Match(int start, int end) {}

    private MatchedWords(List<QueryWord> words) {
        this.words = words;
    }

    /** The words of a search text (null or blank: none, and nothing ever matches). */
    public static MatchedWords of(@Nullable String text) {
        var words = new ArrayList<QueryWord>();
        for (SearchText.Word word : SearchText.words(text)) {
            var terms = new LinkedHashSet<String>();
            analyze(word.text(), (term, start, end) -> terms.add(term));
            if (!terms.isEmpty()) {
                words.add(new QueryWord(terms, ENGLISH.normalize("", word.text()).utf8ToString(), word.edits()));
            }
        }
        return new MatchedWords(List.copyOf(words));
    }

    /** The words of these texts that the search matched, lower case, each once, in order. */
    public List<String> in(List<String> texts) {
        var found = new LinkedHashSet<String>();
        for (String text : texts) {
            for (Match match : matches(text)) {
                found.add(text.substring(match.start(), match.end()).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(found);
    }

    /**
     * A snippet of a text, as HTML: about {@code length} characters cut at words, from a little before the first
     * matched word, each matched word in {@link #OPEN}/{@link #CLOSE}; the text's beginning when nothing matched.
     */
    public String snippet(String text, int length) {
        String flat = text.replaceAll("\\s+", " ").strip();
        var matches = matches(flat);
        if (matches.isEmpty()) {
            return HtmlUtils.htmlEscape(abbreviate(flat, length));
        }
        int first = matches.getFirst().start();
        int start = first <= length / 4 ? 0 : flat.lastIndexOf(' ', first - length / 4) + 1;
        int end = start + length >= flat.length() ? flat.length() : flat.lastIndexOf(' ', start + length);
        // The first matched word always shows whole, however long.
        end = Math.max(end, matches.getFirst().end());
        var html = new StringBuilder(start > 0 ? "…" : "");
        int at = start;
        for (Match match : matches) {
            if (match.start() < at || match.end() > end) {
                continue;
            }
            html.append(HtmlUtils.htmlEscape(flat.substring(at, match.start()))).append(OPEN)
                    .append(HtmlUtils.htmlEscape(flat.substring(match.start(), match.end()))).append(CLOSE);
            at = match.end();
        }
        html.append(HtmlUtils.htmlEscape(flat.substring(at, end)));
        return html.append(end < flat.length() ? "…" : "").toString();
    }

    private List<Match> matches(String text) {
        var found = new ArrayList<Match>();
        if (words.isEmpty() || text.isEmpty()) {
            return found;
        }
        analyze(text, (term, start, end) -> {
            boolean matched = words.stream().anyMatch(word -> word.terms().contains(term)
                    || (word.edits() > 0 && (withinEdits(term, word.folded(), word.edits())
                            || word.terms().stream().anyMatch(t -> withinEdits(term, t, word.edits())))));
            // Synonyms put several terms on one word: mark it once.
            if (matched && (found.isEmpty() || found.getLast().start() != start)) {
                found.add(new Match(start, end));
            }
        });
        return found;
    }

    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private static void analyze(String text, TermSink sink) {
        try (var stream = ENGLISH.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether two words are at most {@code max} edits apart, counting a swap of two neighbours as one edit, as the
     * engine's typo matching does (optimal string alignment distance, stopped as soon as it exceeds {@code max}).
     */
    static boolean withinEdits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return false;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return false;
            }
        }
        return d[a.length()][b.length()] <= max;
    }

    static String abbreviate(String flat, int length) {
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length);
        return flat.substring(0, cut > length / 2 ? cut : length) + "…";
    }
}
