package org.gigforge.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gigforge.job.JobHits;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.platform.Money;
import org.gigforge.platform.Slug;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/v1/jobs}: one page of open public jobs, the total, the facet counts (each filter's
 * counts apply every other filter), and, when nothing matched, which parameter to drop to find something. Enum
 * values are the words the parameters use ({@code fixed}, {@code three-days}).
 */
public record JobSearchResponse(long total, int page, int size, List<Job> hits, Facets facets,
        List<Loosening> loosenings) {

    /**
     * One job. {@code snippet} is HTML: escaped text of the description with the matched words in {@code <em>}.
     * {@code score} orders hits by relevance within one search only.
     */
    public record Job(long id, String title, String path, String snippet, List<String> skills, String type,
            @Nullable Amount budget, @Nullable Amount rateMin, @Nullable Amount rateMax, String experience,
            Location location, Instant postedAt, long proposals, float score, List<String> matchedTerms) {}

    /** A decimal amount of a currency (ISO 4217). */
    public record Amount(BigDecimal amount, String currency) {}

    /**
     * {@code anywhere}; {@code countries} (remote from the listed ISO countries); or {@code on-site} within
     * {@code radiusKm} of a city.
     */
    public record Location(String kind, List<String> countries, @Nullable String city, @Nullable String country,
            @Nullable Integer radiusKm) {}

    /** Facet counts; {@code budgets} and {@code rates} are whole amounts of the query's currency, max excluded. */
    public record Facets(Map<String, Long> categories, Map<String, Long> skills, Map<String, Long> types,
            Map<String, Long> experience, List<Range> budgets, List<Range> rates, long paymentVerified, long hasHires,
            Map<String, Long> posted, long remote, Map<String, Long> countries, Map<String, Long> proposals) {}

    public record Range(long min, @Nullable Long max, long count) {}

    /** Without {@code parameters}, the search would find {@code total} jobs. */
    public record Loosening(List<String> parameters, long total) {}

    static JobSearchResponse of(JobQuery query, JobHits found) {
        var f = found.facets();
        var facets = new Facets(f.categories(), f.skills(), words(f.types()), words(f.experience()),
                ranges(f.budgets()), ranges(f.rates()), f.paymentVerified(), f.hasHires(), words(f.posted()), f.remote(),
                f.countries(), words(f.proposals()));
        return new JobSearchResponse(found.total(), query.offset() / query.size(), query.size(),
                found.hits().stream().map(JobSearchResponse::job).toList(), facets,
                found.loosenings().stream().map(l -> new Loosening(parameters(l.filter()), l.total())).toList());
    }

    private static Job job(JobHits.Hit hit) {
        return new Job(hit.id().value(), hit.title(), "/" + Slug.path("jobs", hit.id(), hit.title()), hit.snippet(),
                hit.skills(), JobQueryParameters.word(hit.type()), amount(hit.budget()), amount(hit.rateMin()),
                amount(hit.rateMax()), JobQueryParameters.word(hit.experienceLevel()), location(hit.location()),
                hit.publishedAt(), hit.proposals(), hit.score(), hit.matchedTerms());
    }

    private static Location location(JobLocation location) {
        return switch (location.kind()) {
            case ANYWHERE -> new Location("anywhere", List.of(), null, null, null);
            case COUNTRIES -> new Location("countries", location.countryCodes(), null, null, null);
            case ON_SITE -> new Location("on-site", List.of(), location.city(), location.countryCode(),
                    location.radiusKm());
        };
    }

    private static @Nullable Amount amount(@Nullable Money money) {
        return money == null ? null : new Amount(money.toDecimal(), money.currency().getCurrencyCode());
    }

    private static <E extends Enum<E>> Map<String, Long> words(Map<E, Long> counts) {
        return rekey(counts, JobQueryParameters::word);
    }

    private static <K> Map<String, Long> rekey(Map<K, Long> counts, Function<K, String> key) {
        var out = new LinkedHashMap<String, Long>();
        counts.forEach((k, n) -> out.put(key.apply(k), n));
        return out;
    }

    private static List<Range> ranges(Map<JobHits.AmountRange, Long> counts) {
        return counts.entrySet().stream().map(e -> new Range(e.getKey().min(), e.getKey().max(), e.getValue())).toList();
    }

    /** The parameters that carry a part of the query. */
    private static List<String> parameters(String part) {
        return switch (part) {
            case "pay" -> List.of(JobQueryParameters.BUDGET_MIN, JobQueryParameters.BUDGET_MAX,
                    JobQueryParameters.RATE_MIN, JobQueryParameters.RATE_MAX);
            case "near" -> List.of(JobQueryParameters.LATITUDE, JobQueryParameters.LONGITUDE, JobQueryParameters.RADIUS);
            default -> List.of(JobQueryParameters.parameterOf(part));
        };
    }
}
