package org.gigforge.profile;

import java.util.List;
import java.util.Map;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * One page of a talent search: the hits, how many freelancers match in all, the facet counts, and, when nothing
 * matched, which filters to drop to find something.
 */
public record TalentHits(List<Hit> hits, long total, Facets facets, List<Loosening> loosenings) {

    public TalentHits {
        hits = List.copyOf(hits);
        loosenings = List.copyOf(loosenings);
    }

    /**
     * One freelancer found. {@code snippet} is HTML: escaped text of the overview with the matched words in
     * {@code <em>}; {@code averageRating} is the plain average of the published reviews (0 without any);
     * {@code distanceKm} is set when the query searched near a point.
     */
    public record Hit(FreelancerCard card, String snippet, double averageRating, long reviewCount,
            @Nullable Double distanceKm, float score, List<String> matchedTerms) {}

    /**
     * How many freelancers each choice of a filter would find; each filter's counts apply every other filter but
     * not itself. Maps are ordered: buckets in their natural order, terms by count.
     *
     * @param rates per hourly-rate range, in the query's currency
     * @param ratings per minimum rating of {@link TalentSearchService#RATING_STEPS}
     * @param utcOffsets per standard UTC offset in hours
     */
    public record Facets(Map<String, Long> skills, Map<ExperienceLevel, Long> experience, Map<RateRange, Long> rates,
            long availableNow, Map<String, Long> countries, Map<String, Long> languages, Map<Double, Long> ratings,
            Map<Integer, Long> utcOffsets) {}

    /** A range of whole currency units, {@code max} exclusive ({@code null}: no upper end). */
    public record RateRange(long min, @Nullable Long max) {}

    /** Dropping this part of the query (a {@link TalentQuery} component name) would find {@code total} freelancers. */
    public record Loosening(String filter, long total) {}
}
