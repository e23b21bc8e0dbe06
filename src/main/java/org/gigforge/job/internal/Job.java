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
import jakarta.persistence.Transient;
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
import org.gigforge.taxonomy.SkillNameBridge;
import org.gigforge.search.Analysis;
import org.hibernate.annotations.Formula;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A job post. It is also the search document of job search (index {@code job}): every job is indexed, whatever its
 * state, and queries keep to open, public ones. Fields that filters count or sort by are aggregable or sortable;
 * what a hit shows is projectable, so a results page never touches the database.
 */
@Entity
@Table(name = "job")
@Indexed(index = Job.INDEX)
@GeoPointBinding(fieldName = Job.Fields.ON_SITE, projectable = Projectable.YES)
@TypeBinding(binder = @TypeBinderRef(type = TypoTextBinder.class))
public class Job {

    public static final String INDEX = "job";

    /** Names of the index fields, for the search service. */
    public static final class Fields {
        public static final String ID = "jobId";
        public static final String TITLE = "title";
        public static final String TITLE_SUGGEST = "titleSuggest";
        public static final String DESCRIPTION = "description";
        public static final String SKILLS = "skills";
        public static final String SKILLS_TEXT = "skillsText";
        /** Title, description and skills in one field, for typo matching only. */
        public static final String TYPO_TEXT = "typoText";
        public static final String CATEGORY = "category";
        public static final String TYPE = "type";
        public static final String CURRENCY = "currency";
        public static final String BUDGET = "budgetMinor";
        public static final String RATE_MIN = "rateMinMinor";
        public static final String RATE_MAX = "rateMaxMinor";
        public static final String AMOUNT = "amountMinor";
        public static final String EXPERIENCE = "experienceLevel";
        public static final String DURATION = "duration";
        public static final String STATE = "state";
        public static final String VISIBILITY = "visibility";
        public static final String PUBLISHED_AT = "publishedAt";
        public static final String LOCATION_KIND = "locationKind";
        public static final String COUNTRIES = "countryCodes";
        public static final String ON_SITE_CITY = "onSiteCity";
        public static final String ON_SITE_COUNTRY = "onSiteCountryCode";
        public static final String ON_SITE = "onSite";
        public static final String RADIUS = "radiusKm";
        public static final String PROPOSALS = "proposalCount";
        public static final String PAYMENT_VERIFIED = "clientPaymentVerified";
        public static final String HAS_HIRES = "clientHasHires";

        private Fields() {}
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @DocumentId
    @GenericField(name = Fields.ID, sortable = Sortable.YES, projectable = Projectable.YES)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false)
    @FullTextField(analyzer = Analysis.ENGLISH, projectable = Projectable.YES)
    @FullTextField(name = Fields.TITLE_SUGGEST, analyzer = Analysis.AUTOCOMPLETE,
            searchAnalyzer = Analysis.AUTOCOMPLETE_QUERY)
    private String title;

    @Column(nullable = false)
    @FullTextField(analyzer = Analysis.ENGLISH, projectable = Projectable.YES)
    private String description;

    @Column(name = "category_code", nullable = false)
    @KeywordField(name = Fields.CATEGORY, normalizer = Analysis.KEYWORD, aggregable = Aggregable.YES,
            projectable = Projectable.YES)
    private String categoryCode;

    @ElementCollection
    @CollectionTable(name = "job_skill", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill_slug", nullable = false)
    @KeywordField(normalizer = Analysis.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    // The words people search for are the skills' names ("Node.js"), not their slugs ("node-js").
    @FullTextField(name = Fields.SKILLS_TEXT, analyzer = Analysis.ENGLISH, projectable = Projectable.YES,
            valueBridge = @ValueBridgeRef(type = SkillNameBridge.class))
    private List<String> skills = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private JobType type;

    @Column(nullable = false, length = 3)
    @KeywordField(projectable = Projectable.YES)
    private String currency;

    @Column(name = "budget_minor")
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable Long budgetMinor;

    @Column(name = "rate_min_minor")
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable Long rateMinMinor;

    @Column(name = "rate_max_minor")
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable Long rateMaxMinor;

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level", nullable = false)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ExperienceLevel experienceLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ProjectDuration duration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private JobState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
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
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private JobLocation.Kind locationKind = JobLocation.Kind.ANYWHERE;

    @ElementCollection
    @CollectionTable(name = "job_country", joinColumns = @JoinColumn(name = "job_id"))
    @Column(name = "country_code", nullable = false)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> countryCodes = new TreeSet<>();

    @Column(name = "onsite_city")
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String onSiteCity;

    @Column(name = "onsite_country_code")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private @Nullable String onSiteCountryCode;

    @Column(name = "onsite_latitude")
    @Latitude
    private @Nullable Double onSiteLatitude;

    @Column(name = "onsite_longitude")
    @Longitude
    private @Nullable Double onSiteLongitude;

    @Column(name = "radius_km", nullable = false)
    @GenericField(name = Fields.RADIUS, projectable = Projectable.YES)
    private int radiusKm;

    @ElementCollection
    @CollectionTable(name = "job_question", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> questions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private JobVisibility visibility = JobVisibility.PUBLIC;

    @ElementCollection
    @CollectionTable(name = "job_attachment", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<UUID> attachments = new ArrayList<>();

    @Column(nullable = false)
    private int revision = 1;

    /*
     * Facts owned by other modules that job search filters on. They are read from those modules' tables by SQL
     * whenever a job is loaded (so each time it is indexed) rather than copied into the job row: no copy can go
     * stale, and no Java dependency on those modules' internals arises. A change there does not touch the job row,
     * so whoever changes such a fact has the affected jobs reindexed (see JobIndexing).
     */

    /** Proposals sent for this job and not withdrawn (the rule of the proposals module's own count). */
    @Formula("(select count(*) from proposal p where p.job_id = id and p.state <> 'WITHDRAWN')")
    @GenericField(name = Fields.PROPOSALS, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private long proposalCount;

    /** Whether the client's payment method is verified (their client profile says so). */
    @Formula("coalesce((select c.payment_verified from profile_client c where c.user_id = client_id), false)")
    @GenericField(name = Fields.PAYMENT_VERIFIED, aggregable = Aggregable.YES)
    private boolean clientPaymentVerified;

    /** Whether the client has hired anyone on any of their jobs. */
    // Hires are counted per job (direct offers to invited freelancers included), see V24.
    @Formula("exists (select 1 from job j where j.client_id = client_id and j.hires > 0)")
    @GenericField(name = Fields.HAS_HIRES, aggregable = Aggregable.YES)
    private boolean clientHasHires;

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

    /** What "sort by budget" compares: the budget of a fixed-price job, the top rate of an hourly one. */
    @Transient
    @GenericField(name = Fields.AMOUNT, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "budgetMinor")),
            @ObjectPath(@PropertyValue(propertyName = "rateMaxMinor"))})
    public @Nullable Long getAmountMinor() {
        return budgetMinor != null ? budgetMinor : rateMaxMinor;
    }

    /** What {@link Fields#TYPO_TEXT} is made of: the title, the description and the skills' slugs. */
    List<String> typoSources() {
        var sources = new ArrayList<String>(skills.size() + 2);
        sources.add(title);
        sources.add(description);
        sources.addAll(skills);
        return sources;
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
