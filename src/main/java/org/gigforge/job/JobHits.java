package org.gigforge.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * One page of a job search: the hits, how many jobs match in all, the facet counts, and, when nothing matched,
 * which filters to drop to find something.
 */
public record JobHits(List<Hit> hits, long total, Facets facets, List<Loosening> loosenings) {

    public JobHits {
        hits = List.copyOf(hits);
        loosenings = List.copyOf(loosenings);
    }

    /**
     * One job found. {@code snippet} is HTML: escaped text of the description with the matched words in
     * {@code <em>}; {@code matchedTerms} are the words of the job that matched the text (for "why this result").
     * {@code score} is the relevance (only comparable within one search).
     */
    public record Hit(JobId id, String title, String snippet, List<String> skills, JobType type, @Nullable Money budget,
            @Nullable Money rateMin, @Nullable Money rateMax, ExperienceLevel experienceLevel, JobLocation location,
            Instant publishedAt, long proposals, float score, List<String> matchedTerms) {}

    /**
     * How many jobs each choice of a filter would find. Each filter's counts apply every other filter of the query
     * but not the filter itself, so choosing another value shows what it would find. Maps are ordered: buckets in
     * their natural order, terms by count.
     *
     * @param remote jobs that can be done remotely
     * @param countries per country: jobs a freelancer there may take (remote from anywhere included)
     */
    public record Facets(Map<String, Long> categories, Map<String, Long> skills, Map<JobType, Long> types,
            Map<ExperienceLevel, Long> experience, Map<AmountRange, Long> budgets, Map<AmountRange, Long> rates,
            long paymentVerified, long hasHires, Map<JobQuery.PostedWithin, Long> posted, long remote,
            Map<String, Long> countries, Map<JobQuery.ProposalsBucket, Long> proposals) {}

    /** A range of whole currency units, {@code max} exclusive ({@code null}: no upper end). */
    public record AmountRange(long min, @Nullable Long max) {}

    /**
     * Dropping this part of the query (a {@link JobQuery} component name, e.g. {@code skills}, {@code budget},
     * {@code text}) would find {@code total} jobs.
     */
    public record Loosening(String filter, long total) {}
}
