package org.gigforge.job.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobType;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A job search as URL parameters and back, for the Find work page's address (shareable, the back button restores
 * it) and for opening a saved search. The names are those of {@code /api/v1/jobs}: {@code q}, {@code category},
 * {@code skills} (comma-separated slugs), {@code type}, {@code currency}, {@code budgetMin}, {@code budgetMax},
 * {@code rateMin}, {@code rateMax}, {@code experience}, {@code paymentVerified}, {@code hasHires}, {@code posted},
 * {@code remote}, {@code country}, {@code lat}, {@code lon}, {@code radiusKm}, {@code proposals}, {@code sort}.
 * Only what differs from the defaults is written; what cannot be read is left out (the service validates the rest).
 */
public final class JobQueryParameters {

    private JobQueryParameters() {}

    public static QueryParameters of(JobQuery q) {
        var p = new LinkedHashMap<String, String>();
        put(p, "q", q.text());
        put(p, "category", q.category());
        put(p, "skills", q.skills().isEmpty() ? null : String.join(",", q.skills()));
        put(p, "type", lower(q.type()));
        boolean amounts = q.budgetMin() != null || q.budgetMax() != null || q.rateMin() != null || q.rateMax() != null;
        if (amounts && !q.currency().equals(JobQuery.DEFAULT_CURRENCY)) {
            p.put("currency", q.currency());
        }
        put(p, "budgetMin", q.budgetMin());
        put(p, "budgetMax", q.budgetMax());
        put(p, "rateMin", q.rateMin());
        put(p, "rateMax", q.rateMax());
        put(p, "experience", q.experience().isEmpty() ? null
                : String.join(",", q.experience().stream().sorted().map(JobQueryParameters::lower).toList()));
        flag(p, "paymentVerified", q.paymentVerified());
        flag(p, "hasHires", q.hasHires());
        put(p, "posted", lower(q.postedWithin()));
        flag(p, "remote", q.remote());
        put(p, "country", q.country());
        var near = q.near();
        if (near != null) {
            p.put("lat", String.valueOf(near.latitude()));
            p.put("lon", String.valueOf(near.longitude()));
            p.put("radiusKm", String.valueOf(near.radiusKm()));
        }
        put(p, "proposals", lower(q.proposals()));
        if (q.sort() != JobQuery.Sort.RELEVANCE) {
            p.put("sort", lower(q.sort()));
        }
        return QueryParameters.simple(p);
    }

    public static JobQuery parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        var experience = EnumSet.noneOf(ExperienceLevel.class);
        list(p, "experience").forEach(v -> constant(ExperienceLevel.class, v).ifPresent(experience::add));
        Double lat = number(p, "lat", Double::valueOf);
        Double lon = number(p, "lon", Double::valueOf);
        Integer radius = number(p, "radiusKm", Integer::valueOf);
        String currency = first(p, "currency");
        return new JobQuery(first(p, "q"), first(p, "category"), list(p, "skills"),
                constant(JobType.class, first(p, "type")).orElse(null),
                currency == null ? JobQuery.DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT),
                number(p, "budgetMin", Long::valueOf), number(p, "budgetMax", Long::valueOf),
                number(p, "rateMin", Long::valueOf), number(p, "rateMax", Long::valueOf), Set.copyOf(experience),
                "true".equals(first(p, "paymentVerified")), "true".equals(first(p, "hasHires")),
                constant(JobQuery.PostedWithin.class, first(p, "posted")).orElse(null),
                "true".equals(first(p, "remote")), first(p, "country"),
                lat != null && lon != null && radius != null ? new JobQuery.Near(lat, lon, radius) : null,
                constant(JobQuery.ProposalsBucket.class, first(p, "proposals")).orElse(null),
                constant(JobQuery.Sort.class, first(p, "sort")).orElse(JobQuery.Sort.RELEVANCE), 0,
                JobQuery.DEFAULT_SIZE);
    }

    private static @Nullable String lower(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static void put(Map<String, String> p, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(name, value.toString());
        }
    }

    private static void flag(Map<String, String> p, String name, boolean value) {
        if (value) {
            p.put(name, "true");
        }
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

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, @Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
