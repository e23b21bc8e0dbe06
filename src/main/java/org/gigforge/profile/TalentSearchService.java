package org.gigforge.profile;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.UserId;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.InvalidInputException.Problem;
import org.gigforge.platform.Money;
import org.gigforge.profile.TalentHits.Facets;
import org.gigforge.profile.TalentHits.Hit;
import org.gigforge.profile.TalentHits.Loosening;
import org.gigforge.profile.TalentHits.RateRange;
import org.gigforge.profile.internal.FreelancerProfile;
import org.gigforge.profile.internal.FreelancerProfile.Fields;
import org.gigforge.search.FacetedSearch;
import org.gigforge.search.FacetedSearch.Aggregation;
import org.gigforge.search.MatchedWords;
import org.gigforge.search.SearchText;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Taxonomy;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent search for clients: full text over headline, skills and overview with the typo tolerance and analysis
 * of job search, filters with facet counts, stable paging. Ranking gives new profiles a fair start (decision 20):
 * ratings count through a Bayesian average in which every profile starts at the prior, so having no reviews yet
 * ranks like an average record, never last. It reads only the search index and the members' public names.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TalentSearchService {

    public static final int MAX_PAGE_SIZE = 50;
    /** Deeper pages are refused: Elasticsearch's default result window is 10,000 hits. */
    public static final int MAX_OFFSET = 10_000 - MAX_PAGE_SIZE;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_LANGUAGES = 10;
    public static final int MAX_RADIUS_KM = 2_000;

    /** The hourly-rate facet's buckets, in whole currency units. */
    public static final List<RateRange> RATE_RANGES = List.of(new RateRange(0, 25L), new RateRange(25, 50L),
            new RateRange(50, 100L), new RateRange(100, null));
    /** The minimum ratings the rating facet counts, best first. */
    public static final List<Double> RATING_STEPS = List.of(4.5, 4.0, 3.0);

    /**
     * The rating's part in relevance: a profile earns {@link #RATING_STEP_BOOST} for each of these Bayesian
     * ratings it reaches. The steps are small next to a text match in the headline or skills, so the rating
     * orders freelancers who match alike and never outweighs what they match; a new profile (at the prior,
     * 4.0) reaches the first three.
     */
    static final List<Double> RANKING_STEPS = List.of(3.0, 3.5, 4.0, 4.25, 4.5, 4.75);
    static final float RATING_STEP_BOOST = 0.15f;
    /** Being available now counts like one rating step. */
    static final float AVAILABLE_BOOST = 0.15f;

    private static final int SNIPPET_LENGTH = 160;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** The parts of a query that narrow it; each names the {@link TalentQuery} components it stands for. */
    private enum Part {
        TEXT("text"), SKILLS("skills"), RATE("rate"), EXPERIENCE("experience"), AVAILABLE("availableNow"),
        HOURS("minHoursPerWeek"), COUNTRY("country"), NEAR("near"), UTC_OFFSET("utcOffset"), RATING("minRating"),
        LANGUAGES("languages");

        final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private static final List<Part> FACETED = List.of(Part.SKILLS, Part.EXPERIENCE, Part.RATE, Part.AVAILABLE,
            Part.COUNTRY, Part.LANGUAGES, Part.RATING, Part.UTC_OFFSET);

    private final EntityManager entityManager;
    private final AccountService accounts;
    private final Taxonomy taxonomy;

    TalentSearchService(EntityManager entityManager, AccountService accounts, Taxonomy taxonomy) {
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
    }

    /** One page of freelancers with the total and the facet counts; when nothing matches, the filters worth dropping. */
    public TalentHits search(TalentQuery query) {
        check(query);
        return new Run(query).execute();
    }

    private void check(TalentQuery q) {
        var problems = new ArrayList<Problem>();
        if (q.text() != null && q.text().length() > MAX_TEXT_LENGTH) {
            problems.add(new Problem("text", "search.text.too-long", MAX_TEXT_LENGTH));
        }
        if (q.skills().size() > MAX_SKILLS) {
            problems.add(new Problem("skills", "search.skills.too-many", MAX_SKILLS));
        } else if (q.skills().stream().anyMatch(slug -> taxonomy.skill(slug).isEmpty())) {
            problems.add(new Problem("skills", "search.skills.unknown"));
        }
        if (!Money.PRICING_CURRENCIES.contains(q.currency())) {
            problems.add(new Problem("currency", "search.currency.unknown"));
        }
        Long min = q.rateMin();
        Long max = q.rateMax();
        if ((min != null && min < 0) || (max != null && max < 0)) {
            problems.add(new Problem("rate", "search.amount.negative"));
        } else if (min != null && max != null && min > max) {
            problems.add(new Problem("rate", "search.amount.inverted"));
        }
        Integer hours = q.minHoursPerWeek();
        if (hours != null && (hours < 1 || hours > 80)) {
            problems.add(new Problem("minHoursPerWeek", "search.hours.range", 1, 80));
        }
        if (q.country() != null && !COUNTRIES.contains(q.country())) {
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
        Integer from = q.utcOffsetMin();
        Integer to = q.utcOffsetMax();
        if ((from != null && (from < -12 || from > 14)) || (to != null && (to < -12 || to > 14))) {
            problems.add(new Problem("utcOffset", "search.utc-offset.range", -12, 14));
        } else if (from != null && to != null && from > to) {
            problems.add(new Problem("utcOffset", "search.amount.inverted"));
        }
        Double rating = q.minRating();
        if (rating != null && !(rating >= 1 && rating <= 5)) {
            problems.add(new Problem("minRating", "search.rating.range", 1, 5));
        }
        if (q.languages().size() > MAX_LANGUAGES || !LANGUAGES.containsAll(q.languages())) {
            problems.add(new Problem("languages", "search.languages.unknown"));
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

    /** One search: the predicates of its parts, the hits query, and a count query per active faceted filter. */
    private final class Run {

        private final TalentQuery q;
        private final SearchScope<FreelancerProfile> scope;
        private final SearchPredicateFactory f;
        private final Map<Part, SearchPredicate> parts = new EnumMap<>(Part.class);
        private final FacetedSearch<FreelancerProfile, Part> search;
        private final MatchedWords marker;

        Run(TalentQuery q) {
            this.q = q;
            this.scope = Search.session(entityManager).scope(FreelancerProfile.class);
            this.f = scope.predicate();
            buildParts();
            this.search = new FacetedSearch<>(Search.session(entityManager), scope, null, parts, Part.TEXT);
            this.marker = MatchedWords.of(q.text());
        }

        private void buildParts() {
            String text = SearchText.queryString(q.text());
            if (text != null) {
                parts.put(Part.TEXT, f.simpleQueryString()
                        .field(Fields.TITLE).boost(3f)
                        .field(Fields.SKILLS_TEXT).boost(2f)
                        .field(Fields.OVERVIEW)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.FUZZY, SimpleQueryFlag.PRECEDENCE,
                                SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE)
                        .toPredicate());
            }
            if (!q.skills().isEmpty()) {
                parts.put(Part.SKILLS, f.terms().field(Fields.SKILLS).matchingAny(q.skills()).toPredicate());
            }
            if (q.rateMin() != null || q.rateMax() != null) {
                parts.put(Part.RATE, f.and(f.match().field(Fields.CURRENCY).matching(q.currency()),
                        f.range().field(Fields.RATE).between(minor(q.rateMin()), minor(q.rateMax()))).toPredicate());
            }
            if (!q.experience().isEmpty()) {
                parts.put(Part.EXPERIENCE, f.terms().field(Fields.EXPERIENCE).matchingAny(q.experience()).toPredicate());
            }
            if (q.availableNow()) {
                parts.put(Part.AVAILABLE, f.match().field(Fields.AVAILABLE).matching(true).toPredicate());
            }
            if (q.minHoursPerWeek() != null) {
                parts.put(Part.HOURS, f.range().field(Fields.HOURS).atLeast(q.minHoursPerWeek()).toPredicate());
            }
            if (q.country() != null) {
                parts.put(Part.COUNTRY, f.match().field(Fields.COUNTRY).matching(q.country()).toPredicate());
            }
            var near = q.near();
            if (near != null) {
                parts.put(Part.NEAR, f.spatial().within().field(Fields.POINT)
                        .circle(near.latitude(), near.longitude(), near.radiusKm(), DistanceUnit.KILOMETERS).toPredicate());
            }
            if (q.utcOffsetMin() != null || q.utcOffsetMax() != null) {
                parts.put(Part.UTC_OFFSET, f.range().field(Fields.UTC_OFFSET)
                        .between(q.utcOffsetMin(), q.utcOffsetMax()).toPredicate());
            }
            if (q.minRating() != null) {
                // Only real reviews count here: "rated 4+" means reviewed and rated so, the prior is for ranking.
                parts.put(Part.RATING, f.and(f.range().field(Fields.REVIEWS).atLeast(1L),
                        f.range().field(Fields.RATING).atLeast(q.minRating())).toPredicate());
            }
            if (!q.languages().isEmpty()) {
                parts.put(Part.LANGUAGES, f.terms().field(Fields.LANGUAGES).matchingAny(q.languages()).toPredicate());
            }
        }

        private @Nullable Long minor(@Nullable Long major) {
            return major == null ? null : Money.ofMajor(major, q.currency()).minorUnits();
        }

        /** The hits query's predicate: the filters, plus the fair-start rating steps and availability as score. */
        private SearchPredicate ranked() {
            var bool = f.bool().must(search.where(null));
            for (double step : RANKING_STEPS) {
                bool.should(f.range().field(Fields.RANKING_RATING).atLeast(step).constantScore().boost(RATING_STEP_BOOST));
            }
            bool.should(f.match().field(Fields.AVAILABLE).matching(true).constantScore().boost(AVAILABLE_BOOST));
            return bool.toPredicate();
        }

        TalentHits execute() {
            var hitsQuery = Search.session(entityManager).search(scope)
                    .select(hitProjection())
                    .where(ranked())
                    .sort(sort());
            var facets = new FacetReader();
            SearchResult<List<?>> result = search.fetch(hitsQuery, q.offset(), Math.min(q.size(), MAX_PAGE_SIZE), facets);
            var rows = result.hits();
            Map<UserId, String> names = accounts.publicNames(
                    rows.stream().map(row -> new UserId((Long) row.get(0))).collect(Collectors.toSet()));
            long total = result.total().hitCount();
            var loosenings = new ArrayList<Loosening>();
            if (total == 0) {
                search.loosenings().forEach((part, count) -> loosenings.add(new Loosening(part.label, count)));
            }
            return new TalentHits(rows.stream().map(row -> hit(row, names)).toList(), total, facets.build(), loosenings);
        }

        /** Ties (and every order) end on join date and id, so pages are stable. */
        private SearchSort sort() {
            var s = scope.sort();
            return switch (q.sort()) {
                case RELEVANCE -> s.score().then().field(Fields.CREATED_AT).desc().then().field(Fields.ID).asc().toSort();
                case RATING -> s.field(Fields.RANKING_RATING).desc().then().field(Fields.REVIEWS).desc()
                        .then().field(Fields.CREATED_AT).desc().then().field(Fields.ID).asc().toSort();
                case RATE_LOW -> s.field(Fields.RATE).asc().then().field(Fields.CREATED_AT).desc()
                        .then().field(Fields.ID).asc().toSort();
                case RATE_HIGH -> s.field(Fields.RATE).desc().then().field(Fields.CREATED_AT).desc()
                        .then().field(Fields.ID).asc().toSort();
            };
        }

        private SearchProjection<List<?>> hitProjection() {
            var p = scope.projection();
            var near = q.near();
            return p.composite().from(
                    p.field(Fields.ID, Long.class),
                    p.field(Fields.TITLE, String.class),
                    p.field(Fields.OVERVIEW, String.class),
                    p.field(Fields.SKILLS, String.class).list(),
                    p.field(Fields.CURRENCY, String.class),
                    p.field(Fields.RATE, Long.class),
                    p.field(Fields.EXPERIENCE, ExperienceLevel.class),
                    p.field(Fields.CITY, String.class),
                    p.field(Fields.COUNTRY, String.class),
                    p.field(Fields.TIME_ZONE, String.class),
                    p.field(Fields.HOURS, Integer.class),
                    p.field(Fields.AVAILABLE, Boolean.class),
                    p.field(Fields.PHOTO, String.class),
                    p.field(Fields.RATING, Double.class),
                    p.field(Fields.REVIEWS, Long.class),
                    near == null ? p.constant(null) : p.distance(Fields.POINT,
                            GeoPoint.of(near.latitude(), near.longitude())).unit(DistanceUnit.KILOMETERS),
                    p.score(),
                    p.field(Fields.SKILLS_TEXT, String.class, ValueModel.INDEX).list())
                    .asList().toProjection();
        }

        @SuppressWarnings("unchecked")
        private Hit hit(List<?> row, Map<UserId, String> names) {
            var id = new UserId((Long) row.get(0));
            var card = new FreelancerCard(id, names.getOrDefault(id, ""), (String) row.get(1), (String) row.get(2),
                    Money.of((Long) row.get(5), (String) row.get(4)), (ExperienceLevel) row.get(6), (String) row.get(7),
                    (String) row.get(8), (String) row.get(9), (Integer) row.get(10), (Boolean) row.get(11),
                    (List<String>) row.get(3), (String) row.get(12));
            var matched = marker.in(List.of((String) row.get(1), String.join(" ", (List<String>) row.get(17)),
                    card.overview()));
            String snippet = marker.snippet(card.overview(), SNIPPET_LENGTH);
            return new Hit(card, snippet, (Double) row.get(13), (Long) row.get(14), (Double) row.get(15),
                    (Float) row.get(16), matched);
        }

        /** What the facet counts of each filter need, and how to read them. */
        private final class FacetReader implements FacetedSearch.Facets<Part> {

            private Map<String, Long> skills = Map.of();
            private final Map<ExperienceLevel, Long> experience = new EnumMap<>(ExperienceLevel.class);
            private final Map<RateRange, Long> rates = new LinkedHashMap<>();
            private long available;
            private Map<String, Long> countries = Map.of();
            private Map<String, Long> languages = Map.of();
            private final Map<Double, Long> ratings = new LinkedHashMap<>();
            private final Map<Integer, Long> offsets = new TreeMap<>();
            private final Map<Part, List<Aggregation<?>>> byPart = new EnumMap<>(Part.class);

            FacetReader() {
                var a = scope.aggregation();
                byPart.put(Part.SKILLS, List.of(Aggregation.of("skills",
                        a.terms().field(Fields.SKILLS, String.class).maxTermCount(30).toAggregation())));
                byPart.put(Part.EXPERIENCE, List.of(Aggregation.of("experience",
                        a.terms().field(Fields.EXPERIENCE, ExperienceLevel.class).toAggregation())));
                byPart.put(Part.RATE, List.of(Aggregation.of("rate", a.range().field(Fields.RATE, Long.class)
                        .ranges(RATE_RANGES.stream().map(this::minorRange).toList()).toAggregation())));
                byPart.put(Part.AVAILABLE, List.of(Aggregation.of("available",
                        a.terms().field(Fields.AVAILABLE, Boolean.class).toAggregation())));
                byPart.put(Part.COUNTRY, List.of(Aggregation.of("country",
                        a.terms().field(Fields.COUNTRY, String.class).maxTermCount(300).toAggregation())));
                byPart.put(Part.LANGUAGES, List.of(Aggregation.of("languages",
                        a.terms().field(Fields.LANGUAGES, String.class).maxTermCount(50).toAggregation())));
                // Unreviewed profiles average 0, below every step: the facet counts reviewed profiles, like its filter.
                byPart.put(Part.RATING, List.of(
                        Aggregation.of("rating", a.range().field(Fields.RATING, Double.class)
                                .ranges(RATING_STEPS.stream().map(Range::atLeast).toList()).toAggregation())));
                byPart.put(Part.UTC_OFFSET, List.of(Aggregation.of("utcOffset",
                        a.terms().field(Fields.UTC_OFFSET, Integer.class).maxTermCount(30).toAggregation())));
            }

            private Range<Long> minorRange(RateRange range) {
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

            /** Rates are counted in the chosen currency, so the rate facet always has a count query of its own. */
            @Override
            public @Nullable SearchPredicate countFilter(Part part) {
                return part == Part.RATE ? f.match().field(Fields.CURRENCY).matching(q.currency()).toPredicate() : null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void read(Part part, SearchResult<?> result) {
                Object value = result.aggregation(byPart.get(part).getFirst().key());
                switch (part) {
                    case SKILLS -> skills = FacetedSearch.byCount((Map<String, Long>) value);
                    case EXPERIENCE -> experience.putAll((Map<ExperienceLevel, Long>) value);
                    case RATE -> {
                        var counts = (Map<Range<Long>, Long>) value;
                        RATE_RANGES.forEach(r -> rates.put(r, counts.getOrDefault(minorRange(r), 0L)));
                    }
                    case AVAILABLE -> available = ((Map<Boolean, Long>) value).getOrDefault(true, 0L);
                    case COUNTRY -> countries = FacetedSearch.byCount((Map<String, Long>) value);
                    case LANGUAGES -> languages = FacetedSearch.byCount((Map<String, Long>) value);
                    case RATING -> {
                        var counts = (Map<Range<Double>, Long>) value;
                        RATING_STEPS.forEach(step -> ratings.put(step, counts.getOrDefault(Range.atLeast(step), 0L)));
                    }
                    case UTC_OFFSET -> offsets.putAll((Map<Integer, Long>) value);
                    default -> throw new IllegalStateException("No facet for " + part);
                }
            }

            Facets build() {
                return new Facets(skills, experience, rates, available, countries, languages, ratings, offsets);
            }
        }
    }
}
