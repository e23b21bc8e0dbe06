package org.gigforge.platform;

import java.util.Locale;

/** Builds SQL LIKE patterns from what people type, so that {@code %} and {@code _} match themselves. */
public final class LikePattern {

    /** The escape character to pass along with the pattern. */
    public static final char ESCAPE = '\\';

    private LikePattern() {}

    /** "Contains, ignoring case": compare it with the lower-cased column. */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
