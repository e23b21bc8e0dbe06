package org.gigforge.profile.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gigforge.profile.TalentQuery;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A talent search as URL parameters and back, so a search can be shared and the back button restores it. Only
 * what differs from the defaults is written; what cannot be read is left out (the service validates the rest).
 */
public final class TalentQueryParameters {

    private TalentQueryParameters() {}

    public static QueryParameters of(TalentQuery q) {
        var p = new LinkedHashMap<String, String>();
        put(p, "q", q.text());
        put(p, "skills", join(q.skills()));
        if (q.rateMin() != null || q.rateMax() != null) {
            put(p, "currency", q.currency());
        }
        put(p, "rateMin", q.rateMin());
        put(p, "rateMax", q.rateMax());
        put(p, "experience", join(q.experience().stream().sorted().map(Enum::name).toList()));
        if (q.availableNow()) {
            p.put("available", "true");
        }
        put(p, "hours", q.minHoursPerWeek());
        put(p, "country", q.country());
        var near = q.near();
        if (near != null) {
            p.put("lat", String.valueOf(near.latitude()));
            p.put("lon", String.valueOf(near.longitude()));
            p.put("radiusKm", String.valueOf(near.radiusKm()));
        }
        put(p, "tzMin", q.utcOffsetMin());
        put(p, "tzMax", q.utcOffsetMax());
        put(p, "rating", q.minRating());
        put(p, "languages", join(q.languages()));
        if (q.sort() != TalentQuery.Sort.RELEVANCE) {
            p.put("sort", q.sort().name().toLowerCase(Locale.ROOT));
        }
        return QueryParameters.simple(p);
    }

    public static TalentQuery parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        Double lat = number(p, "lat", Double::valueOf);
        Double lon = number(p, "lon", Double::valueOf);
        Integer radius = number(p, "radiusKm", Integer::valueOf);
        var experience = EnumSet.noneOf(ExperienceLevel.class);
        for (String level : list(p, "experience")) {
            enumValue(ExperienceLevel.class, level).ifPresent(experience::add);
        }
        var sort = enumValue(TalentQuery.Sort.class, first(p, "sort")).orElse(TalentQuery.Sort.RELEVANCE);
        String currency = first(p, "currency");
        return new TalentQuery(first(p, "q"), list(p, "skills"), currency == null ? TalentQuery.DEFAULT_CURRENCY : currency,
                number(p, "rateMin", Long::valueOf), number(p, "rateMax", Long::valueOf), Set.copyOf(experience),
                "true".equals(first(p, "available")), number(p, "hours", Integer::valueOf), first(p, "country"),
                lat != null && lon != null && radius != null ? new TalentQuery.Near(lat, lon, radius) : null,
                number(p, "tzMin", Integer::valueOf), number(p, "tzMax", Integer::valueOf),
                number(p, "rating", Double::valueOf), list(p, "languages"), sort, 0, TalentQuery.DEFAULT_SIZE);
    }

    private static void put(Map<String, String> p, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(name, value.toString());
        }
    }

    private static @Nullable String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static @Nullable String first(Map<String, List<String>> p, String name) {
        var values = p.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private static List<String> list(Map<String, List<String>> p, String name) {
        String value = first(p, name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static <T> @Nullable T number(Map<String, List<String>> p, String name, Function<String, T> parse) {
        String value = first(p, name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, @Nullable String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
