package org.gigforge.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gigforge.job.JobQuery.Near;
import org.gigforge.job.JobQuery.PostedWithin;
import org.gigforge.job.JobQuery.ProposalsBucket;
import org.gigforge.job.JobQuery.Sort;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.InvalidInputException.Problem;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JobQuery} as URL query parameters and back: the Find work page keeps its search in the address with
 * them (shareable, the back button works), and {@code GET /api/v1/jobs} takes the same names. Enum values are
 * written as lower-case words ({@code type=fixed}, {@code posted=three-days}); lists may repeat the parameter or
 * separate values with commas ({@code skills=react,node-js}). Parsing checks the form of every value (the search
 * service checks them against the taxonomy); each problem names the parameter it is about.
 */
public final class JobQueryParameters {

    public static final String TEXT = "q";
    public static final String CATEGORY = "category";
    public static final String SKILLS = "skills";
    public static final String TYPE = "type";
    public static final String CURRENCY = "currency";
    public static final String BUDGET_MIN = "budgetMin";
    public static final String BUDGET_MAX = "budgetMax";
    public static final String RATE_MIN = "rateMin";
    public static final String RATE_MAX = "rateMax";
    public static final String EXPERIENCE = "experience";
    public static final String PAYMENT_VERIFIED = "verified";
    public static final String HAS_HIRES = "hires";
    public static final String POSTED = "posted";
    public static final String REMOTE = "remote";
    public static final String COUNTRY = "country";
    public static final String LATITUDE = "lat";
    public static final String LONGITUDE = "lon";
    public static final String RADIUS = "radiusKm";
    public static final String PROPOSALS = "proposals";
    public static final String SORT = "sort";
    /** Zero-based page number, in pages of {@link #SIZE} hits. */
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** The radius around {@code lat}/{@code lon} when none is given. */
    public static final int DEFAULT_RADIUS_KM = 50;

    private static final Set<String> KNOWN = Set.of(TEXT, CATEGORY, SKILLS, TYPE, CURRENCY, BUDGET_MIN, BUDGET_MAX,
            RATE_MIN, RATE_MAX, EXPERIENCE, PAYMENT_VERIFIED, HAS_HIRES, POSTED, REMOTE, COUNTRY, LATITUDE, LONGITUDE,
            RADIUS, PROPOSALS, SORT, PAGE, SIZE);

    private JobQueryParameters() {}

    /** A query read from parameters: what could be read, and a problem for each value that could not. */
    public record Parsed(JobQuery query, List<Problem> problems) {

        public Parsed {
            problems = List.copyOf(problems);
        }

        /** The query, or an {@link InvalidInputException} with every problem. */
        public JobQuery orThrow() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return query;
        }
    }

    /**
     * Reads a search from parameters. Unknown parameters are ignored; a value that cannot be read is left out of
     * the query and reported. Without {@code page} and {@code size} the query asks for the first page of
     * {@link JobQuery#DEFAULT_SIZE} hits; sizes above {@link JobSearchService#MAX_PAGE_SIZE} are capped.
     */
    public static Parsed parse(Map<String, List<String>> parameters) {
        return new Reader(parameters).read();
    }

    /**
     * The parameters of a query, in a stable order, leaving out what is not set (and the default currency, sort
     * and first page), so equal searches have equal addresses.
     */
    public static Map<String, List<String>> format(JobQuery q) {
        var out = new LinkedHashMap<String, List<String>>();
        put(out, TEXT, q.text() == null || q.text().isBlank() ? null : q.text().strip());
        put(out, CATEGORY, q.category());
        if (!q.skills().isEmpty()) {
            out.put(SKILLS, q.skills());
        }
        put(out, TYPE, q.type() == null ? null : word(q.type()));
        boolean amounts = q.budgetMin() != null || q.budgetMax() != null || q.rateMin() != null || q.rateMax() != null;
        put(out, CURRENCY, amounts && !JobQuery.DEFAULT_CURRENCY.equals(q.currency()) ? q.currency() : null);
        put(out, BUDGET_MIN, q.budgetMin());
        put(out, BUDGET_MAX, q.budgetMax());
        put(out, RATE_MIN, q.rateMin());
        put(out, RATE_MAX, q.rateMax());
        if (!q.experience().isEmpty()) {
            out.put(EXPERIENCE, EnumSet.copyOf(q.experience()).stream().map(JobQueryParameters::word).toList());
        }
        put(out, PAYMENT_VERIFIED, q.paymentVerified() ? "true" : null);
        put(out, HAS_HIRES, q.hasHires() ? "true" : null);
        put(out, POSTED, q.postedWithin() == null ? null : word(q.postedWithin()));
        put(out, REMOTE, q.remote() ? "true" : null);
        put(out, COUNTRY, q.country());
        var near = q.near();
        if (near != null) {
            put(out, LATITUDE, coordinate(near.latitude()));
            put(out, LONGITUDE, coordinate(near.longitude()));
            put(out, RADIUS, near.radiusKm());
        }
        put(out, PROPOSALS, q.proposals() == null ? null : word(q.proposals()));
        put(out, SORT, q.sort() == Sort.RELEVANCE ? null : word(q.sort()));
        if (q.offset() != 0 || q.size() != JobQuery.DEFAULT_SIZE) {
            put(out, PAGE, q.size() == 0 ? 0 : q.offset() / q.size());
            put(out, SIZE, q.size());
        }
        return out;
    }

    /** The parameter a search service problem is about ({@code text} is {@code q}, {@code offset} is {@code page} …). */
    public static String parameterOf(String queryField) {
        return switch (queryField) {
            case "text" -> TEXT;
            case "budget" -> BUDGET_MIN;
            case "rate" -> RATE_MIN;
            case "near" -> LATITUDE;
            case "offset" -> PAGE;
            case "paymentVerified" -> PAYMENT_VERIFIED;
            case "hasHires" -> HAS_HIRES;
            case "postedWithin" -> POSTED;
            default -> queryField;
        };
    }

    /** The word an enum value has in parameters: {@code THREE_DAYS} is {@code three-days}. */
    public static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void put(Map<String, List<String>> out, String name, @Nullable Object value) {
        if (value != null) {
            out.put(name, List.of(String.valueOf(value)));
        }
    }

    /** Enough decimals for about a metre, without trailing zeros. */
    private static String coordinate(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** Reads one set of parameters, collecting the problems. */
    private static final class Reader {

        private final Map<String, List<String>> parameters;
        private final List<Problem> problems = new ArrayList<>();

        Reader(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        Parsed read() {
            String text = single(TEXT);
            String currency = single(CURRENCY);
            if (currency != null) {
                currency = currency.toUpperCase(Locale.ROOT);
                if (!currency.matches("[A-Z]{3}")) {
                    problems.add(new Problem(CURRENCY, "search.currency.unknown"));
                    currency = null;
                }
            }
            Long budgetMin = amount(BUDGET_MIN);
            Long budgetMax = amount(BUDGET_MAX);
            if (inverted(budgetMin, budgetMax, BUDGET_MAX)) {
                budgetMax = null;
            }
            Long rateMin = amount(RATE_MIN);
            Long rateMax = amount(RATE_MAX);
            if (inverted(rateMin, rateMax, RATE_MAX)) {
                rateMax = null;
            }
            String country = single(COUNTRY);
            if (country != null) {
                country = country.toUpperCase(Locale.ROOT);
                if (!country.matches("[A-Z]{2}")) {
                    problems.add(new Problem(COUNTRY, "search.country.unknown"));
                    country = null;
                }
            }
            int size = size();
            int page = number(PAGE, 0, JobSearchService.MAX_OFFSET, 0);
            long offset = (long) page * size;
            if (offset > JobSearchService.MAX_OFFSET) {
                problems.add(new Problem(PAGE, "search.page.range", JobSearchService.MAX_OFFSET / size));
                offset = 0;
            }
            var query = new JobQuery(text, lowerCase(single(CATEGORY)), skills(), choice(TYPE, JobType.class),
                    currency, budgetMin, budgetMax, rateMin, rateMax, experience(), flag(PAYMENT_VERIFIED),
                    flag(HAS_HIRES), choice(POSTED, PostedWithin.class), flag(REMOTE), country, near(),
                    choice(PROPOSALS, ProposalsBucket.class), choice(SORT, Sort.class), (int) offset, size);
            return new Parsed(query, problems);
        }

        private List<String> values(String name) {
            return parameters.getOrDefault(name, List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
        }

        /** One value, or none; blank counts as none. */
        private @Nullable String single(String name) {
            var values = parameters.getOrDefault(name, List.of()).stream()
                    .map(String::strip).filter(value -> !value.isEmpty()).toList();
            if (values.size() > 1) {
                problems.add(new Problem(name, "search.parameter.single"));
            }
            return values.isEmpty() ? null : values.getFirst();
        }

        private static @Nullable String lowerCase(@Nullable String value) {
            return value == null ? null : value.toLowerCase(Locale.ROOT);
        }

        private List<String> skills() {
            return List.copyOf(new LinkedHashSet<>(values(SKILLS).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()));
        }

        private Set<ExperienceLevel> experience() {
            var levels = EnumSet.noneOf(ExperienceLevel.class);
            for (String value : values(EXPERIENCE)) {
                var level = byWord(ExperienceLevel.class).apply(value);
                if (level == null) {
                    problems.add(new Problem(EXPERIENCE, "search.parameter.choice", words(ExperienceLevel.class)));
                } else {
                    levels.add(level);
                }
            }
            return levels;
        }

        private <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            E found = byWord(type).apply(value);
            if (found == null) {
                problems.add(new Problem(name, "search.parameter.choice", words(type)));
            }
            return found;
        }

        private boolean flag(String name) {
            String value = single(name);
            if (value == null) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            if (!value.equalsIgnoreCase("false")) {
                problems.add(new Problem(name, "search.parameter.choice", "true, false"));
            }
            return false;
        }

        /** A whole, non-negative amount of the currency. */
        private @Nullable Long amount(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                long amount = Long.parseLong(value);
                if (amount < 0) {
                    problems.add(new Problem(name, "search.amount.negative"));
                    return null;
                }
                return amount;
            } catch (NumberFormatException notANumber) {
                problems.add(new Problem(name, "search.parameter.whole-number"));
                return null;
            }
        }

        private boolean inverted(@Nullable Long min, @Nullable Long max, String maxName) {
            if (min != null && max != null && min > max) {
                problems.add(new Problem(maxName, "search.amount.inverted"));
                return true;
            }
            return false;
        }

        private int number(String name, int min, int max, int otherwise) {
            String value = single(name);
            if (value == null) {
                return otherwise;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(new Problem(name, "search.parameter.range", min, max));
            return otherwise;
        }

        private int size() {
            String value = single(SIZE);
            if (value == null) {
                return JobQuery.DEFAULT_SIZE;
            }
            try {
                int size = Integer.parseInt(value);
                if (size >= 1) {
                    return Math.min(size, JobSearchService.MAX_PAGE_SIZE);
                }
            } catch (NumberFormatException tooBigOrNotANumber) {
                if (value.matches("\\d+")) {
                    return JobSearchService.MAX_PAGE_SIZE;
                }
            }
            problems.add(new Problem(SIZE, "search.size.range", 1, JobSearchService.MAX_PAGE_SIZE));
            return JobQuery.DEFAULT_SIZE;
        }

        private @Nullable Near near() {
            Double latitude = degrees(LATITUDE, 90);
            Double longitude = degrees(LONGITUDE, 180);
            boolean radiusGiven = parameters.containsKey(RADIUS);
            int radius = number(RADIUS, 1, JobSearchService.MAX_RADIUS_KM, DEFAULT_RADIUS_KM);
            boolean latitudeGiven = parameters.containsKey(LATITUDE);
            boolean longitudeGiven = parameters.containsKey(LONGITUDE);
            if (latitudeGiven != longitudeGiven || (radiusGiven && !latitudeGiven)) {
                problems.add(new Problem(latitudeGiven ? LONGITUDE : LATITUDE, "search.near.both"));
                return null;
            }
            return latitude == null || longitude == null ? null : new Near(latitude, longitude, radius);
        }

        private @Nullable Double degrees(String name, int limit) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                double degrees = Double.parseDouble(value);
                if (Math.abs(degrees) <= limit) {
                    return degrees;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problems.add(new Problem(name, "search.parameter.range", -limit, limit));
            return null;
        }
    }

    private static <E extends Enum<E>> Function<String, @Nullable E> byWord(Class<E> type) {
        return value -> {
            for (E constant : type.getEnumConstants()) {
                if (word(constant).equalsIgnoreCase(value.strip())) {
                    return constant;
                }
            }
            return null;
        };
    }

    private static String words(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(JobQueryParameters::word).toList());
    }

    /** Whether a parameter belongs to job searches (others, such as tracking parameters, are ignored). */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }
}
