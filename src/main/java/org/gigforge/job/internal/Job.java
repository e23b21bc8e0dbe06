package org.gigforge.job.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.CloseReason;
import org.gigforge.job.JobId;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "job")
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @ElementCollection
    @CollectionTable(name = "job_skill", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill_slug", nullable = false)
    private List<String> skills = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobType type;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "budget_minor")
    private @Nullable Long budgetMinor;

    @Column(name = "rate_min_minor")
    private @Nullable Long rateMinMinor;

    @Column(name = "rate_max_minor")
    private @Nullable Long rateMaxMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level", nullable = false)
    private ExperienceLevel experienceLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectDuration duration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private @Nullable CloseReason closeReason;

    @Column(name = "moderation_note")
    private @Nullable String moderationNote;

    protected Job() {
        this.title = "";
        this.description = "";
        this.categoryCode = "";
        this.type = JobType.FIXED;
        this.currency = "USD";
        this.experienceLevel = ExperienceLevel.INTERMEDIATE;
        this.duration = ProjectDuration.LESS_THAN_MONTH;
        this.state = JobState.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    /** A fixed-price job. */
    public static Job fixed(UserId client, String title, String description, String categoryCode, List<String> skills,
            Money budget, ExperienceLevel level, ProjectDuration duration, Instant createdAt) {
        var job = new Job(client, title, description, categoryCode, skills, JobType.FIXED, budget.currency().getCurrencyCode(),
                level, duration, createdAt);
        job.budgetMinor = budget.minorUnits();
        return job;
    }

    /** An hourly job with a rate range. */
    public static Job hourly(UserId client, String title, String description, String categoryCode, List<String> skills,
            Money rateMin, Money rateMax, ExperienceLevel level, ProjectDuration duration, Instant createdAt) {
        var job = new Job(client, title, description, categoryCode, skills, JobType.HOURLY,
                rateMin.currency().getCurrencyCode(), level, duration, createdAt);
        job.rateMinMinor = rateMin.minorUnits();
        job.rateMaxMinor = rateMax.minorUnits();
        return job;
    }

    private Job(UserId client, String title, String description, String categoryCode, List<String> skills, JobType type,
            String currency, ExperienceLevel level, ProjectDuration duration, Instant createdAt) {
        this.clientId = client.value();
        this.title = title;
        this.description = description;
        this.categoryCode = categoryCode;
        this.skills = new ArrayList<>(skills);
        this.type = type;
        this.currency = currency;
        this.experienceLevel = level;
        this.duration = duration;
        this.state = JobState.DRAFT;
        this.createdAt = createdAt;
    }

    public void publish(Instant at) {
        moveTo(JobState.OPEN);
        this.publishedAt = at;
    }

    /** Stops taking proposals; an admin's take-down keeps the note the client will read. */
    public void close(CloseReason reason, @Nullable String note, Instant at) {
        moveTo(JobState.CLOSED);
        this.closeReason = reason;
        this.moderationNote = note;
        this.closedAt = at;
    }

    private void moveTo(JobState target) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("job.state.not-allowed");
        }
        this.state = target;
    }

    public @Nullable CloseReason closeReason() {
        return closeReason;
    }

    public @Nullable String moderationNote() {
        return moderationNote;
    }

    public long idValue() {
        if (id == null) {
            throw new IllegalStateException("Job not saved yet");
        }
        return id;
    }

    public JobState state() {
        return state;
    }

    public List<String> skills() {
        return List.copyOf(skills);
    }

    public UserId clientId() {
        return new UserId(clientId);
    }

    public JobSummary summary(String clientName) {
        if (id == null) {
            throw new IllegalStateException("Job not saved yet");
        }
        return new JobSummary(new JobId(id), new UserId(clientId), clientName, title, description, categoryCode, List.copyOf(skills), type,
                money(budgetMinor), money(rateMinMinor), money(rateMaxMinor), experienceLevel, duration, state, createdAt,
                publishedAt, closeReason, moderationNote);
    }

    private @Nullable Money money(@Nullable Long minor) {
        return minor == null ? null : Money.of(minor, currency);
    }
}
