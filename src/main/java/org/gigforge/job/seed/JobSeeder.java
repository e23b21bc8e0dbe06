package org.gigforge.job.seed;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobType;
import org.gigforge.job.JobVisibility;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Taxonomy;
import org.gigforge.job.ProjectDuration;
import org.gigforge.job.internal.Job;
import org.gigforge.job.internal.JobRepository;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes demo jobs through the same entity rules as real ones (terms, publishing). */
@Component
public class JobSeeder {

    /**
     * A job to create: {@code amount} is the budget of a fixed-price job or the lowest rate of an hourly
     * one ({@code rateMax} is then the highest). {@code publishedAt} null leaves it a draft.
     */
    public record JobSeed(UserId client, String title, String description, String categoryCode, List<String> skills,
            JobType type, Money amount, @Nullable Money rateMax, ExperienceLevel level, ProjectDuration duration,
            Instant createdAt, @Nullable Instant publishedAt, JobLocation location, List<String> questions) {}

    private final JobRepository jobs;
    private final Taxonomy taxonomy;

    JobSeeder(JobRepository jobs, Taxonomy taxonomy) {
        this.jobs = jobs;
        this.taxonomy = taxonomy;
    }

    @Transactional
    public void seed(List<JobSeed> seeds) {
        jobs.saveAll(seeds.stream().map(this::toJob).toList());
    }

    private Job toJob(JobSeed s) {
        boolean fixed = s.type() == JobType.FIXED || s.rateMax() == null;
        var draft = new JobDraft(s.title(), s.description(), s.categoryCode(), s.skills(),
                fixed ? JobType.FIXED : JobType.HOURLY, fixed ? s.amount() : null, fixed ? null : s.amount(),
                fixed ? null : s.rateMax(), s.level(), s.duration(), s.location(), s.questions(), JobVisibility.PUBLIC,
                List.of());
        Place onSite = s.location().kind() == JobLocation.Kind.ON_SITE
                ? taxonomy.place(String.valueOf(s.location().city()), String.valueOf(s.location().countryCode())).orElse(null)
                : null;
        Job job = new Job(s.client(), draft, onSite, s.createdAt());
        if (s.publishedAt() != null) {
            job.publish(s.publishedAt());
        }
        return job;
    }
}
