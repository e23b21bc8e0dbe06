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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.gigforge.file.FileId;
import org.gigforge.account.UserId;
import org.gigforge.job.CloseReason;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobVisibility;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
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

    /** Accepted offers for this job; a direct offer to an invited freelancer counts as much as one from a proposal. */
    @Column(nullable = false)
    private int hires;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private @Nullable CloseReason closeReason;

    @Column(name = "moderation_note")
    private @Nullable String moderationNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_kind", nullable = false)
    private JobLocation.Kind locationKind = JobLocation.Kind.ANYWHERE;

    @ElementCollection
    @CollectionTable(name = "job_country", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "country_code", nullable = false)
    private Set<String> countryCodes = new TreeSet<>();

    @Column(name = "onsite_city")
    private @Nullable String onSiteCity;

    @Column(name = "onsite_country_code")
    private @Nullable String onSiteCountryCode;

    @Column(name = "onsite_latitude")
    private @Nullable Double onSiteLatitude;

    @Column(name = "onsite_longitude")
    private @Nullable Double onSiteLongitude;

    @Column(name = "radius_km", nullable = false)
    private int radiusKm;

    @ElementCollection
    @CollectionTable(name = "job_question", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> questions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobVisibility visibility = JobVisibility.PUBLIC;

    @ElementCollection
    @CollectionTable(name = "job_attachment", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<UUID> attachments = new ArrayList<>();

    @Column(nullable = false)
    private int revision = 1;

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

    /** A new draft; the service has checked the content, and found the on-site place when there is one. */
    public Job(UserId client, JobDraft draft, @Nullable Place onSite, Instant createdAt) {
        this();
        this.clientId = client.value();
        this.createdAt = createdAt;
        write(draft, onSite);
    }

    /**
     * Replaces the content. Drafts change in place; an open job keeps what it said before as a
     * revision (returned, for the caller to store), so proposals can be read against what they answered.
     */
    public @Nullable JobDraft edit(JobDraft draft, @Nullable Place onSite) {
        if (state == JobState.CLOSED) {
            throw new UserFacingException("job.edit.closed");
        }
        JobDraft before = content();
        if (before.equals(draft)) {
            return null;
        }
        write(draft, onSite);
        if (state == JobState.DRAFT) {
            return null;
        }
        revision++;
        return before;
    }

    private void write(JobDraft draft, @Nullable Place onSite) {
        this.title = draft.title();
        this.description = draft.description();
        this.categoryCode = draft.categoryCode();
        this.skills = new ArrayList<>(draft.skills());
        this.type = Objects.requireNonNull(draft.type());
        this.experienceLevel = Objects.requireNonNull(draft.experienceLevel());
        this.duration = Objects.requireNonNull(draft.duration());
        if (type == JobType.FIXED) {
            Money budget = Objects.requireNonNull(draft.budget());
            this.currency = budget.currency().getCurrencyCode();
            this.budgetMinor = budget.minorUnits();
            this.rateMinMinor = null;
            this.rateMaxMinor = null;
        } else {
            Money low = Objects.requireNonNull(draft.rateMin());
            this.currency = low.currency().getCurrencyCode();
            this.budgetMinor = null;
            this.rateMinMinor = low.minorUnits();
            this.rateMaxMinor = Objects.requireNonNull(draft.rateMax()).minorUnits();
        }
        JobLocation location = draft.location();
        this.locationKind = location.kind();
        this.countryCodes = new TreeSet<>(location.kind() == JobLocation.Kind.COUNTRIES ? location.countryCodes() : List.of());
        boolean site = location.kind() == JobLocation.Kind.ON_SITE && onSite != null;
        this.onSiteCity = site ? onSite.city() : null;
        this.onSiteCountryCode = site ? onSite.countryCode() : null;
        this.onSiteLatitude = site ? onSite.latitude() : null;
        this.onSiteLongitude = site ? onSite.longitude() : null;
        this.radiusKm = site ? location.radiusKm() : 0;
        this.questions = new ArrayList<>(draft.questions());
        this.visibility = draft.visibility();
        this.attachments = new ArrayList<>(draft.attachments().stream().map(FileId::value).toList());
    }

    public List<FileId> attachments() {
        return attachments.stream().map(FileId::new).toList();
    }

    private JobLocation location() {
        return switch (locationKind) {
            case ANYWHERE -> JobLocation.anywhere();
            case COUNTRIES -> JobLocation.countries(List.copyOf(countryCodes));
            case ON_SITE -> JobLocation.onSite(Objects.requireNonNull(onSiteCity), Objects.requireNonNull(onSiteCountryCode),
                    radiusKm);
        };
    }

    /** What the client wrote, as a draft. */
    public JobDraft content() {
        return new JobDraft(title, description, categoryCode, List.copyOf(skills), type, money(budgetMinor),
                money(rateMinMinor), money(rateMaxMinor), experienceLevel, duration, location(), List.copyOf(questions),
                visibility, attachments());
    }

    public int revision() {
        return revision;
    }

    public JobVisibility visibility() {
        return visibility;
    }

    public void publish(Instant at) {
        moveTo(JobState.OPEN);
        this.publishedAt = at;
    }

    /** A freelancer accepted an offer for this job. */
    public void hired() {
        hires++;
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
                publishedAt, closeReason, moderationNote, location(), List.copyOf(questions), visibility, revision, attachments());
    }

    private @Nullable Money money(@Nullable Long minor) {
        return minor == null ? null : Money.of(minor, currency);
    }
}
