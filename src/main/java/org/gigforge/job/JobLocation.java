package org.gigforge.job;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the work can be done: remote from anywhere, remote from some countries (for tax, language
 * or time-zone reasons), or on site within {@code radiusKm} of a city from the bundled list.
 */
public record JobLocation(Kind kind, List<String> countryCodes, @Nullable String city, @Nullable String countryCode,
        int radiusKm) {

    public static final int MAX_COUNTRIES = 30;
    public static final int MAX_RADIUS_KM = 500;

    public enum Kind {
        ANYWHERE,
        COUNTRIES,
        ON_SITE
    }

    public JobLocation {
        kind = kind == null ? Kind.ANYWHERE : kind;
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
    }

    public static JobLocation anywhere() {
        return new JobLocation(Kind.ANYWHERE, List.of(), null, null, 0);
    }

    public static JobLocation countries(List<String> countryCodes) {
        return new JobLocation(Kind.COUNTRIES, countryCodes, null, null, 0);
    }

    public static JobLocation onSite(String city, String countryCode, int radiusKm) {
        return new JobLocation(Kind.ON_SITE, List.of(), city, countryCode, radiusKm);
    }
}
