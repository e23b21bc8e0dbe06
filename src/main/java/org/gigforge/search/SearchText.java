package org.gigforge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How typed search text becomes a simple query string, the same for every search (jobs, talent): every word is
 * required, a word of 4 to 7 letters may also match with one edit and from 8 letters with two, stop words are
 * dropped and query operators neutralised.
 */
public final class SearchText {

    /** Words that carry no meaning in a search (the English stop words both backends' analyzers drop). */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with");

    /** A word of a search and how many edits (typos) it may be away from a word it matches. */
    public record Word(String text, int edits) {}

    /** The words of a text as a simple query string: each word must match, a word with typos too. */
    public static @Nullable String queryString(@Nullable String text) {
        var clauses = new ArrayList<String>();
        for (Word word : words(text)) {
            String escaped = word.text().replace("-", "\\-");
            clauses.add(word.edits() == 0 ? escaped : "(" + escaped + " | " + escaped + "~" + word.edits() + ")");
        }
        return clauses.isEmpty() ? null : String.join(" ", clauses);
    }

    /**
     * The words of a search text, lower case, without stop words and query operators: a word of 4 to 7 letters may
     * match with one edit, from 8 letters with two.
     */
    public static List<Word> words(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        var words = new ArrayList<Word>();
        // Possessives first ("bakery's"), so the apostrophe does not leave a lone "s" that every job would need.
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", " ");
        for (String word : lower.split("[\\s,;!?()\\[\\]{}\"'`|+~*^:/\\\\<>=&]+")) {
            String term = word.replaceAll("^[.\\-#]+|[.\\-]+$", "");
            if (term.isEmpty() || STOP_WORDS.contains(term)) {
                continue;
            }
            words.add(new Word(term, term.length() >= 8 ? 2 : term.length() >= 4 ? 1 : 0));
        }
        return words;
    }

    private SearchText() {}
}
