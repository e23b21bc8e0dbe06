package org.gigforge.proposal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two cover letters are: Jaccard similarity of their word three-grams, after case, accents
 * and punctuation are set aside. Copy-paste letters with a changed greeting score close to 1; two
 * letters written for their jobs score near 0.
 */
public final class CoverLetterSimilarity {

    /** At or above this a letter counts as generic (sent nearly unchanged to another job). */
    public static final double GENERIC_THRESHOLD = 0.7;

    private CoverLetterSimilarity() {}

    public static double of(String a, String b) {
        Set<String> first = shingles(a);
        Set<String> second = shingles(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(first);
        common.retainAll(second);
        var union = new HashSet<>(first);
        union.addAll(second);
        return (double) common.size() / union.size();
    }

    private static Set<String> shingles(String text) {
        String[] words = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        var result = new HashSet<String>();
        for (int i = 0; i + 2 < words.length; i++) {
            result.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        return result;
    }
}
