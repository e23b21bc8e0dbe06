package org.gigforge.job;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gigforge.job.JobHits.AmountRange;
import org.gigforge.job.JobHits.Facets;
import org.gigforge.job.JobHits.Hit;
import org.gigforge.job.JobHits.Loosening;
import org.gigforge.job.JobQuery.PostedWithin;
import org.gigforge.job.JobQuery.ProposalsBucket;
import org.gigforge.job.internal.Job;
import org.gigforge.job.internal.Job.Fields;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.InvalidInputException.Problem;
import org.gigforge.platform.Money;
import org.gigforge.search.FacetedSearch;
import org.gigforge.search.FacetedSearch.Aggregation;
import org.gigforge.search.MatchedWords;
import org.gigforge.search.SearchText;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job search for freelancers and visitors, and the one the JSON API answers from: full text with typo tolerance,
 * filters with facet counts, stable paging and search-as-you-type. It reads only the search index (hits carry
 * what a results list shows), and only ever finds open, public jobs.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class JobSearchService {

    public static final int MAX_PAGE_SIZE = 50;
    /** Deeper pages are refused: Elasticsearch's default result window is 10,000 hits. */
    public static final int MAX_OFFSET = 10_000 - MAX_PAGE_SIZE;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_RADIUS_KM = 500;

    /** The budget facet's buckets, in whole currency units. */
    public static final List<AmountRange> BUDGET_RANGES = List.of(new AmountRange(0, 100L), new AmountRange(100, 500L),
            new AmountRange(500, 1_000L), new AmountRange(1_000, 5_000L), new AmountRange(5_000, null));
    /** The hourly-rate facet's buckets (by a job's top rate), in whole currency units. */
    public static final List<AmountRange> RATE_RANGES = List.of(new AmountRange(0, 25L), new AmountRange(25, 50L),
            new AmountRange(50, 100L), new AmountRange(100, null));

    private static final int SNIPPET_LENGTH = 160;

    /** The parts of a query that narrow it; each names the {@link JobQuery} components it stands for. */
    private enum Part {
        TEXT("text"), CATEGORY("category"), SKILLS("skills"), TYPE("type"), PAY("pay"), EXPERIENCE("experience"),
        PAYMENT_VERIFIED("paymentVerified"), HAS_HIRES("hasHires"), POSTED("postedWithin"), REMOTE("remote"),
        COUNTRY("country"), NEAR("near"), PROPOSALS("proposals");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private final EntityManager entityManager;
    private final Taxonomy taxonomy;
    private final Clock clock;

    JobSearchService(EntityManager entityManager, Taxonomy taxonomy, Clock clock) {
        this.entityManager = entityManager;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** One page of hits with the total and the facet counts; when nothing matches, the filters worth dropping. */
    public JobHits search(JobQuery query) {
        check(query);
        var run = new Run(query, clock.instant());
        return run.execute();
    }

    /** Checks a query as {@link #search} would, without searching: each problem is reported per field. */
    public void validate(JobQuery query) {
        check(query);
    }

    /**
     * Whether a job is among the hits of a query (an open, public job that passes every part of it); what saved
     * search alerts ask for each new job.
     */
    public boolean matches(JobQuery query, JobId job) {
        check(query);
        return new Run(query, clock.instant()).matches(job);
    }

    /**
     * Suggestions while someone types: skills whose name starts with the words typed, then titles of open public
     * jobs with words starting so. Fewer than two letters suggest nothing.
     */
    public List<JobSuggestion> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip();
        int max = Math.clamp(limit, 1, 20);
        if (typed.length() < 2) {
            return List.of();
        }
        if (typed.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.of("prefix", "search.text.too-long", MAX_TEXT_LENGTH);
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        var suggestions = new ArrayList<JobSuggestion>();
        taxonomy.skills().stream()
                .filter(skill -> skill.name().toLowerCase(Locale.ROOT).startsWith(lower))
                .limit(Math.min(3, max))
                .forEach(skill -> suggestions.add(new JobSuggestion(skill.name(), skill.slug())));
        var scope = Search.session(entityManager).scope(Job.class);
        var f = scope.predicate();
        var titles = Search.session(entityManager).search(scope)
                .select(scope.projection().field(Fields.TITLE, String.class).toProjection())
                .where(f.bool()
                        .must(f.match().field(Fields.TITLE_SUGGEST).matching(typed))
                        .filter(openAndPublic(f))
                        .toPredicate())
                .sort(scope.sort().score().then().field(Fields.PUBLISHED_AT).desc().then().field(Fields.ID).desc()
                        .toSort())
                .fetchHits(max * 2);
        titles.stream().distinct().filter(t -> suggestions.stream().noneMatch(s -> s.text().equalsIgnoreCase(t)))
                .limit(max - suggestions.size())
                .forEach(t -> suggestions.add(new JobSuggestion(t, null)));
        return List.copyOf(suggestions);
    }

    /**
     * Reads the job again and sends it to the index, for facts the index keeps that live in other modules (the
     * proposals so far): their changes do not touch the job's row, so Hibernate Search cannot notice them. In a
     * transaction of its own, so it also works from an after-commit listener; the index follows its commit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh(JobId id) {
        var job = entityManager.find(Job.class, id.value());
        if (job != null) {
            Search.session(entityManager).indexingPlan().addOrUpdate(job);
        }
    }

    private void check(JobQuery q) {
        var problems = new ArrayList<Problem>();
        if (q.text() != null && q.text().length() > MAX_TEXT_LENGTH) {
            problems.add(new Problem("text", "search.text.too-long", MAX_TEXT_LENGTH));
        }
        if (q.category() != null && taxonomy.category(q.category()).isEmpty()) {
            problems.add(new Problem("category", "search.category.unknown"));
        }
        if (q.skills().size() > MAX_SKILLS) {
            problems.add(new Problem("skills", "search.skills.too-many", MAX_SKILLS));
        } else if (q.skills().stream().anyMatch(slug -> taxonomy.skill(slug).isEmpty())) {
            problems.add(new Problem("skills", "search.skills.unknown"));
        }
        if (!Money.PRICING_CURRENCIES.contains(q.currency())) {
            problems.add(new Problem("currency", "search.currency.unknown"));
        }
        checkRange("budget", q.budgetMin(), q.budgetMax(), problems);
        checkRange("rate", q.rateMin(), q.rateMax(), problems);
        if (q.country() != null && !Set.of(Locale.getISOCountries()).contains(q.country())) {
            problems.add(new Problem("country", "search.country.unknown"));
        }
        var near = q.near();
        if (near != null) {
            if (!(Math.abs(near.latitude()) <= 90) || !(Math.abs(near.longitude()) <= 180)) {
                problems.add(new Problem("near", "search.near.point"));
            }
            if (near.radiusKm() < 1 || near.radiusKm() > MAX_RADIUS_KM) {
                problems.add(new Problem("radiusKm", "search.near.radius", 1, MAX_RADIUS_KM));
            }
        }
        if (q.offset() < 0 || q.offset() > MAX_OFFSET) {
            problems.add(new Problem("offset", "search.offset.range", 0, MAX_OFFSET));
        }
        if (q.size() < 1) {
            problems.add(new Problem("size", "search.size.range", 1, MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkRange(String field, @Nullable Long min, @Nullable Long max, List<Problem> problems) {
        if ((min != null && min < 0) || (max != null && max < 0)) {
            problems.add(new Problem(field, "search.amount.negative"));
        } else if (min != null && max != null && min > max) {
            problems.add(new Problem(field, "search.amount.inverted"));
        }
    }

    private static SearchPredicate openAndPublic(SearchPredicateFactory f) {
        return f.and(f.match().field(Fields.STATE).matching(JobState.OPEN),
                f.match().field(Fields.VISIBILITY).matching(JobVisibility.PUBLIC)).toPredicate();
    }

    /** One search: the predicates of its parts, the hits query, and a count query per active faceted filter. */
    private final class Run {

        private final JobQuery q;
        private final Instant now;
        private final SearchScope<Job> scope;
        private final SearchPredicateFactory f;
        private final Map<Part, SearchPredicate> parts = new EnumMap<>(Part.class);
        private final FacetedSearch<Job, Part> search;
        private final MatchedWords marker;

        Run(JobQuery q, Instant now) {
            this.q = q;
            this.now = now;
            this.scope = Search.session(entityManager).scope(Job.class);
            this.f = scope.predicate();
            buildParts();
            this.search = new FacetedSearch<>(Search.session(entityManager), scope, openAndPublic(f), parts, Part.TEXT);
            this.marker = MatchedWords.of(q.text());
        }

        private void buildParts() {
            var words = SearchText.words(q.text());
            if (!words.isEmpty()) {
                parts.put(Part.TEXT, words(words));
            }
            if (q.category() != null) {
                parts.put(Part.CATEGORY, f.match().field(Fields.CATEGORY).matching(q.category()).toPredicate());
            }
            if (!q.skills().isEmpty()) {
                parts.put(Part.SKILLS, f.terms().field(Fields.SKILLS).matchingAny(q.skills()).toPredicate());
            }
            if (q.type() != null) {
                parts.put(Part.TYPE, f.match().field(Fields.TYPE).matching(q.type()).toPredicate());
            }
            var pay = pay();
            if (pay != null) {
                parts.put(Part.PAY, pay);
            }
            if (!q.experience().isEmpty()) {
                parts.put(Part.EXPERIENCE, f.terms().field(Fields.EXPERIENCE).matchingAny(q.experience()).toPredicate());
            }
            if (q.paymentVerified()) {
                parts.put(Part.PAYMENT_VERIFIED, f.match().field(Fields.PAYMENT_VERIFIED).matching(true).toPredicate());
            }
            if (q.hasHires()) {
                parts.put(Part.HAS_HIRES, f.match().field(Fields.HAS_HIRES).matching(true).toPredicate());
            }
            if (q.postedWithin() != null) {
                parts.put(Part.POSTED, f.range().field(Fields.PUBLISHED_AT).atLeast(since(q.postedWithin())).toPredicate());
            }
            if (q.remote()) {
                parts.put(Part.REMOTE, f.terms().field(Fields.LOCATION_KIND)
                        .matchingAny(JobLocation.Kind.ANYWHERE, JobLocation.Kind.COUNTRIES).toPredicate());
            }
            if (q.country() != null) {
                parts.put(Part.COUNTRY, f.or(f.match().field(Fields.LOCATION_KIND).matching(JobLocation.Kind.ANYWHERE),
                        f.match().field(Fields.COUNTRIES).matching(q.country()),
                        f.match().field(Fields.ON_SITE_COUNTRY).matching(q.country())).toPredicate());
            }
            var near = q.near();
            if (near != null) {
                parts.put(Part.NEAR, f.spatial().within().field(Fields.ON_SITE)
                        .circle(near.latitude(), near.longitude(), near.radiusKm(), DistanceUnit.KILOMETERS).toPredicate());
            }
            var proposals = q.proposals();
            if (proposals != null) {
                parts.put(Part.PROPOSALS, f.range().field(Fields.PROPOSALS).range(bucket(proposals)).toPredicate());
            }
        }

        /**
         * Every word must match: as typed in the title, skills or description (ranked in that order), or, for a word
         * long enough to allow typos, with up to {@link SearchText.Word#edits()} edits in any of them.
         */
        private SearchPredicate words(List<SearchText.Word> words) {
            var all = f.and();
            for (SearchText.Word word : words) {
                var exact = f.match().field(Fields.TITLE).boost(3f).field(Fields.SKILLS_TEXT).boost(2f)
                        .field(Fields.DESCRIPTION).matching(word.text()).minimumShouldMatchPercent(100);
                all.add(word.edits() == 0 ? exact : f.or(exact, f.match().field(Fields.TYPO_TEXT).matching(word.text())
                        .fuzzy(word.edits()).minimumShouldMatchPercent(100)));
            }
            return all.toPredicate();
        }

        /** Fixed-price jobs within the budget range, hourly jobs whose rate range overlaps the rate range, or either. */
        private @Nullable SearchPredicate pay() {
            boolean budget = q.budgetMin() != null || q.budgetMax() != null;
            boolean rate = q.rateMin() != null || q.rateMax() != null;
            SearchPredicate fixed = null;
            SearchPredicate hourly = null;
            if (budget) {
                fixed = f.and(f.match().field(Fields.TYPE).matching(JobType.FIXED),
                        f.match().field(Fields.CURRENCY).matching(q.currency()),
                        f.range().field(Fields.BUDGET).between(minor(q.budgetMin()), minor(q.budgetMax()))).toPredicate();
            }
            if (rate) {
                var clauses = f.and().add(f.match().field(Fields.TYPE).matching(JobType.HOURLY))
                        .add(f.match().field(Fields.CURRENCY).matching(q.currency()));
                if (q.rateMin() != null) {
                    clauses.add(f.range().field(Fields.RATE_MAX).atLeast(minor(q.rateMin())));
                }
                if (q.rateMax() != null) {
                    clauses.add(f.range().field(Fields.RATE_MIN).atMost(minor(q.rateMax())));
                }
                hourly = clauses.toPredicate();
            }
            if (fixed != null && hourly != null) {
                return f.or(fixed, hourly).toPredicate();
            }
            return fixed != null ? fixed : hourly;
        }

        private @Nullable Long minor(@Nullable Long major) {
            return major == null ? null : Money.ofMajor(major, q.currency()).minorUnits();
        }

        boolean matches(JobId job) {
            return Search.session(entityManager).search(scope)
                    .where(f.bool().must(search.where(null)).filter(f.id().matching(job.value())).toPredicate())
                    .fetchTotalHitCount() > 0;
        }

        JobHits execute() {
            var hitsQuery = Search.session(entityManager).search(scope)
                    .select(hitProjection())
                    .where(search.where(null))
                    .sort(sort());
            var facets = new FacetReader();
            SearchResult<List<?>> result = search.fetch(hitsQuery, q.offset(), Math.min(q.size(), MAX_PAGE_SIZE), facets);
            long total = result.total().hitCount();
            var loosenings = new ArrayList<Loosening>();
            if (total == 0) {
                search.loosenings().forEach((part, count) -> loosenings.add(new Loosening(part.label, count)));
            }
            return new JobHits(result.hits().stream().map(this::hit).toList(), total, facets.build(), loosenings);
        }

        private org.hibernate.search.engine.search.sort.SearchSort sort() {
            var s = scope.sort();
            return switch (q.sort()) {
                case RELEVANCE -> s.score().then().field(Fields.PUBLISHED_AT).desc().then().field(Fields.ID).desc()
                        .toSort();
                case NEWEST -> s.field(Fields.PUBLISHED_AT).desc().then().field(Fields.ID).desc().toSort();
                case BUDGET -> s.field(Fields.AMOUNT).desc().missing().last()
                        .then().field(Fields.PUBLISHED_AT).desc().then().field(Fields.ID).desc().toSort();
            };
        }

        private SearchProjection<List<?>> hitProjection() {
            var p = scope.projection();
            return p.composite().from(
                    p.field(Fields.ID, Long.class),
                    p.field(Fields.TITLE, String.class),
                    p.field(Fields.DESCRIPTION, String.class),
                    p.field(Fields.SKILLS, String.class).list(),
                    p.field(Fields.TYPE, JobType.class),
                    p.field(Fields.CURRENCY, String.class),
                    p.field(Fields.BUDGET, Long.class),
                    p.field(Fields.RATE_MIN, Long.class),
                    p.field(Fields.RATE_MAX, Long.class),
                    p.field(Fields.EXPERIENCE, ExperienceLevel.class),
                    p.field(Fields.LOCATION_KIND, JobLocation.Kind.class),
                    p.field(Fields.COUNTRIES, String.class).list(),
                    p.field(Fields.ON_SITE_CITY, String.class),
                    p.field(Fields.ON_SITE_COUNTRY, String.class),
                    p.field(Fields.RADIUS, Integer.class),
                    p.field(Fields.PUBLISHED_AT, Instant.class),
                    p.field(Fields.PROPOSALS, Long.class),
                    p.score(),
                    p.field(Fields.SKILLS_TEXT, String.class, ValueModel.INDEX).list())
                    .asList().toProjection();
        }

        @SuppressWarnings("unchecked")
        private Hit hit(List<?> row) {
            String currency = (String) row.get(5);
            var kind = (JobLocation.Kind) row.get(10);
            var location = switch (kind) {
                case ANYWHERE -> JobLocation.anywhere();
                case COUNTRIES -> JobLocation.countries((List<String>) row.get(11));
                case ON_SITE -> JobLocation.onSite(String.valueOf(row.get(12)), String.valueOf(row.get(13)),
                        Objects.requireNonNullElse((Integer) row.get(14), 0));
            };
            var matched = marker.in(List.of((String) row.get(1), String.join(" ", (List<String>) row.get(18)),
                    (String) row.get(2)));
            String snippet = marker.snippet((String) row.get(2), SNIPPET_LENGTH);
            return new Hit(new JobId((Long) row.get(0)), (String) row.get(1), snippet, (List<String>) row.get(3),
                    (JobType) row.get(4), money((Long) row.get(6), currency), money((Long) row.get(7), currency),
                    money((Long) row.get(8), currency), (ExperienceLevel) row.get(9), location, (Instant) row.get(15),
                    Objects.requireNonNullElse((Long) row.get(16), 0L), (Float) row.get(17), matched);
        }

        private Instant since(PostedWithin within) {
            return now.minus(Duration.ofDays(within.days()));
        }

        /** What the facet counts of each filter need, and how to read them. */
        private final class FacetReader implements FacetedSearch.Facets<Part> {

            static final List<Part> FACETED = List.of(Part.CATEGORY, Part.SKILLS, Part.TYPE, Part.PAY, Part.EXPERIENCE,
                    Part.PAYMENT_VERIFIED, Part.HAS_HIRES, Part.POSTED, Part.REMOTE, Part.COUNTRY, Part.PROPOSALS);

            private Map<String, Long> categories = Map.of();
            private Map<String, Long> skills = Map.of();
            private final Map<JobType, Long> types = new EnumMap<>(JobType.class);
            private final Map<ExperienceLevel, Long> experience = new EnumMap<>(ExperienceLevel.class);
            private final Map<AmountRange, Long> budgets = new LinkedHashMap<>();
            private final Map<AmountRange, Long> rates = new LinkedHashMap<>();
            private long paymentVerified;
            private long hasHires;
            private final Map<PostedWithin, Long> posted = new EnumMap<>(PostedWithin.class);
            private long remote;
            private final Map<String, Long> countries = new LinkedHashMap<>();
            private final Map<ProposalsBucket, Long> proposals = new EnumMap<>(ProposalsBucket.class);

            private final Map<Part, List<Aggregation<?>>> byPart = new EnumMap<>(Part.class);

            FacetReader() {
                var a = scope.aggregation();
                byPart.put(Part.CATEGORY, List.of(Aggregation.of("category",
                        a.terms().field(Fields.CATEGORY, String.class).maxTermCount(50).toAggregation())));
                byPart.put(Part.SKILLS, List.of(Aggregation.of("skills",
                        a.terms().field(Fields.SKILLS, String.class).maxTermCount(30).toAggregation())));
                byPart.put(Part.TYPE, List.of(Aggregation.of("type",
                        a.terms().field(Fields.TYPE, JobType.class).toAggregation())));
                byPart.put(Part.PAY, List.of(
                        Aggregation.of("budget", a.range().field(Fields.BUDGET, Long.class)
                                .ranges(BUDGET_RANGES.stream().map(this::minorRange).toList()).toAggregation()),
                        Aggregation.of("rate", a.range().field(Fields.RATE_MAX, Long.class)
                                .ranges(RATE_RANGES.stream().map(this::minorRange).toList()).toAggregation())));
                byPart.put(Part.EXPERIENCE, List.of(Aggregation.of("experience",
                        a.terms().field(Fields.EXPERIENCE, ExperienceLevel.class).toAggregation())));
                byPart.put(Part.PAYMENT_VERIFIED, List.of(Aggregation.of("paymentVerified",
                        a.terms().field(Fields.PAYMENT_VERIFIED, Boolean.class).toAggregation())));
                byPart.put(Part.HAS_HIRES, List.of(Aggregation.of("hasHires",
                        a.terms().field(Fields.HAS_HIRES, Boolean.class).toAggregation())));
                byPart.put(Part.POSTED, List.of(Aggregation.of("posted", a.range().field(Fields.PUBLISHED_AT, Instant.class)
                        .ranges(List.of(PostedWithin.values()).stream().map(w -> Range.atLeast(since(w))).toList())
                        .toAggregation())));
                byPart.put(Part.REMOTE, List.of(Aggregation.of("remoteKinds",
                        a.terms().field(Fields.LOCATION_KIND, JobLocation.Kind.class).toAggregation())));
                byPart.put(Part.COUNTRY, List.of(
                        Aggregation.of("countryKinds",
                                a.terms().field(Fields.LOCATION_KIND, JobLocation.Kind.class).toAggregation()),
                        Aggregation.of("countryLists",
                                a.terms().field(Fields.COUNTRIES, String.class).maxTermCount(300).toAggregation()),
                        Aggregation.of("countrySites",
                                a.terms().field(Fields.ON_SITE_COUNTRY, String.class).maxTermCount(300).toAggregation())));
                byPart.put(Part.PROPOSALS, List.of(Aggregation.of("proposals", a.range().field(Fields.PROPOSALS, Long.class)
                        .ranges(List.of(ProposalsBucket.values()).stream().map(JobSearchService::bucket).toList())
                        .toAggregation())));
            }

            private Range<Long> minorRange(AmountRange range) {
                return FacetedSearch.minorUnits(range.min(), range.max(), q.currency());
            }

            @Override
            public List<Part> faceted() {
                return FACETED;
            }

            @Override
            public List<Aggregation<?>> aggregations(Part part) {
                return byPart.get(part);
            }

            /** Amounts are counted in the chosen currency, so the pay facet always has a count query of its own. */
            @Override
            public @Nullable SearchPredicate countFilter(Part part) {
                return part == Part.PAY ? f.match().field(Fields.CURRENCY).matching(q.currency()).toPredicate() : null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void read(Part part, SearchResult<?> result) {
                var values = new ArrayList<Object>();
                for (var aggregation : byPart.get(part)) {
                    values.add(result.aggregation(aggregation.key()));
                }
                switch (part) {
                    case CATEGORY -> categories = FacetedSearch.byCount((Map<String, Long>) values.getFirst());
                    case SKILLS -> skills = FacetedSearch.byCount((Map<String, Long>) values.getFirst());
                    case TYPE -> types.putAll((Map<JobType, Long>) values.getFirst());
                    case EXPERIENCE -> experience.putAll((Map<ExperienceLevel, Long>) values.getFirst());
                    case PAY -> {
                        var budget = (Map<Range<Long>, Long>) values.get(0);
                        var rate = (Map<Range<Long>, Long>) values.get(1);
                        for (AmountRange range : BUDGET_RANGES) {
                            budgets.put(range, budget.getOrDefault(minorRange(range), 0L));
                        }
                        for (AmountRange range : RATE_RANGES) {
                            rates.put(range, rate.getOrDefault(minorRange(range), 0L));
                        }
                    }
                    case PAYMENT_VERIFIED -> paymentVerified = ((Map<Boolean, Long>) values.getFirst()).getOrDefault(true, 0L);
                    case HAS_HIRES -> hasHires = ((Map<Boolean, Long>) values.getFirst()).getOrDefault(true, 0L);
                    case POSTED -> {
                        var counts = (Map<Range<Instant>, Long>) values.getFirst();
                        for (PostedWithin within : PostedWithin.values()) {
                            posted.put(within, counts.getOrDefault(Range.atLeast(since(within)), 0L));
                        }
                    }
                    case REMOTE -> {
                        var kinds = (Map<JobLocation.Kind, Long>) values.getFirst();
                        remote = kinds.getOrDefault(JobLocation.Kind.ANYWHERE, 0L)
                                + kinds.getOrDefault(JobLocation.Kind.COUNTRIES, 0L);
                    }
                    case COUNTRY -> {
                        long anywhere = ((Map<JobLocation.Kind, Long>) values.get(0)).getOrDefault(JobLocation.Kind.ANYWHERE, 0L);
                        var perCountry = new LinkedHashMap<String, Long>();
                        ((Map<String, Long>) values.get(1)).forEach((c, n) -> perCountry.merge(c, n, Long::sum));
                        ((Map<String, Long>) values.get(2)).forEach((c, n) -> perCountry.merge(c, n, Long::sum));
                        perCountry.replaceAll((c, n) -> n + anywhere);
                        countries.putAll(FacetedSearch.byCount(perCountry));
                    }
                    case PROPOSALS -> {
                        var counts = (Map<Range<Long>, Long>) values.getFirst();
                        for (ProposalsBucket bucket : ProposalsBucket.values()) {
                            proposals.put(bucket, counts.getOrDefault(bucket(bucket), 0L));
                        }
                    }
                    default -> throw new IllegalStateException("No facet for " + part);
                }
            }

            Facets build() {
                return new Facets(categories, skills, types, experience, budgets, rates, paymentVerified, hasHires, posted,
                        remote, countries, proposals);
            }
        }
    }

    private static Range<Long> bucket(ProposalsBucket bucket) {
        return Range.between(bucket.min(), RangeBoundInclusion.INCLUDED, bucket.max(), RangeBoundInclusion.EXCLUDED);
    }

    private static @Nullable Money money(@Nullable Long minor, String currency) {
        return minor == null ? null : Money.of(minor, currency);
    }
}
