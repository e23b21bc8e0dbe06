package org.gigforge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigforge.platform.Money;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;

/**
 * How every faceted search here runs (jobs, talent), so both behave alike: a query is made of parts (the words and
 * each filter); a filter's own facet counts leave that filter out, so its other choices show what they would find;
 * and an empty result says how much dropping each part would find. The search modules say what their parts and
 * facets are.
 *
 * <p>Only the hits query scores: the words are a scoring clause there and a plain filter in every count query,
 * which skips scoring and lets the engine cache the matches between the queries of one search.
 *
 * @param <E> the indexed entity
 * @param <P> the parts of a query
 */
public final class FacetedSearch<E, P extends Enum<P>> {

    /** What a search counts for each of its faceted parts, and how it reads the counts back. */
    public interface Facets<P> {

        /** The parts with facet counts, in the order they are counted. */
        List<P> faceted();

        List<Aggregation<?>> aggregations(P part);

        void read(P part, SearchResult<?> result);

        /**
         * A filter the part's counts need besides the query (e.g. the currency amounts are counted in); a part that
         * has one is always counted by a query of its own.
         */
        default @Nullable SearchPredicate countFilter(P part) {
            return null;
        }
    }

    /** An aggregation under its key. */
    public record Aggregation<T>(AggregationKey<T> key, SearchAggregation<T> aggregation) {

        public static <T> Aggregation<T> of(String name, SearchAggregation<T> aggregation) {
            return new Aggregation<>(AggregationKey.of(name), aggregation);
        }

        void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
            query.aggregation(key, aggregation);
        }
    }

    private final SearchSession session;
    private final SearchScope<E> scope;
    private final SearchPredicateFactory f;
    private final @Nullable SearchPredicate always;
    private final Map<P, SearchPredicate> parts;
    private final P words;

    /**
     * @param always what every hit must be whatever the query (e.g. open and public), or null
     * @param parts the query's parts that are present
     * @param words the part that holds the words typed
     */
    public FacetedSearch(SearchSession session, SearchScope<E> scope, @Nullable SearchPredicate always,
            Map<P, SearchPredicate> parts, P words) {
        this.session = session;
        this.scope = scope;
        this.f = scope.predicate();
        this.always = always;
        this.parts = parts;
        this.words = words;
    }

    /** Every part but the one left out (null: none), the words scoring. */
    public SearchPredicate where(@Nullable P without) {
        return where(without, true);
    }

    private SearchPredicate where(@Nullable P without, boolean scored) {
        var bool = f.bool();
        if (always != null) {
            bool.filter(always);
        }
        parts.forEach((part, predicate) -> {
            if (part == without) {
                return;
            }
            if (part == words && scored) {
                bool.must(predicate);
            } else {
                bool.filter(predicate);
            }
        });
        if (!parts.containsKey(words) || without == words || !scored) {
            bool.must(f.matchAll());
        }
        return bool.toPredicate();
    }

    /**
     * Fetches a page of the hits query (built on {@link #where}, or a predicate that contains it) with the facet
     * counts: facets of parts not in the query come with the hits, each other one by a count query without its part.
     */
    public <H> SearchResult<H> fetch(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> hitsQuery, int offset, int size,
            Facets<P> facets) {
        var inHits = facets.faceted().stream()
                .filter(part -> !parts.containsKey(part) && facets.countFilter(part) == null)
                .toList();
        inHits.forEach(part -> facets.aggregations(part).forEach(a -> a.addTo(hitsQuery)));
        SearchResult<H> result = hitsQuery.fetch(offset, size);
        inHits.forEach(part -> facets.read(part, result));
        for (P part : facets.faceted()) {
            if (inHits.contains(part)) {
                continue;
            }
            var extra = facets.countFilter(part);
            var predicate = extra == null ? where(part, false) : f.and(where(part, false), extra).toPredicate();
            var countQuery = session.search(scope).select(p -> p.id()).where(predicate);
            facets.aggregations(part).forEach(a -> a.addTo(countQuery));
            facets.read(part, countQuery.fetch(0));
        }
        return result;
    }

    /** For an empty result: how many hits dropping each part alone would give, the parts that give some, most first. */
    public Map<P, Long> loosenings() {
        var found = new ArrayList<Map.Entry<P, Long>>();
        for (P part : parts.keySet()) {
            long count = session.search(scope).select(p -> p.id()).where(where(part, false)).fetchTotalHitCount();
            if (count > 0) {
                found.add(Map.entry(part, count));
            }
        }
        found.sort(Map.Entry.<P, Long>comparingByValue(Comparator.reverseOrder()));
        var ordered = new LinkedHashMap<P, Long>();
        found.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /**
     * A range of whole currency units (min included, max excluded, null max: no top) in minor units, as amount
     * facets count it.
     */
    public static Range<Long> minorUnits(long minMajor, @Nullable Long maxMajor, String currency) {
        return Range.between(Money.ofMajor(minMajor, currency).minorUnits(), RangeBoundInclusion.INCLUDED,
                maxMajor == null ? null : Money.ofMajor(maxMajor, currency).minorUnits(), RangeBoundInclusion.EXCLUDED);
    }

    /** Counts by value, the largest first. */
    public static <K> Map<K, Long> byCount(Map<K, Long> counts) {
        var sorted = new LinkedHashMap<K, Long>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
