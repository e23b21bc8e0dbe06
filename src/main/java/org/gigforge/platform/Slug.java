package org.gigforge.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Readable, URL-safe words from a title or a name: "Café Müller — Logo!" becomes {@code cafe-muller-logo}. */
public final class Slug {

    private static final int MAX_LENGTH = 60;

    private Slug() {}

    public static String of(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    /** {@code prefix/id-slug}, or {@code prefix/id} when the text has no usable letters. */
    public static String path(String prefix, Object id, String text) {
        String slug = of(text);
        return prefix + "/" + id + (slug.isEmpty() ? "" : "-" + slug);
    }
}
