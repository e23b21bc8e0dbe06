package org.gigforge.profile.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import java.util.UUID;
import org.gigforge.file.FileId;
import org.gigforge.file.StoredFile;
import org.gigforge.profile.Employment;
import org.gigforge.profile.ProfileCompleteness;
import org.jspecify.annotations.Nullable;
import org.gigforge.profile.FreelancerCard;
import org.gigforge.profile.LanguageSkill;
import org.gigforge.profile.FreelancerProfileData;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.ExperienceLevel;
import jakarta.persistence.Transient;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.gigforge.search.Analysis;
import org.gigforge.taxonomy.SkillNameBridge;
import org.hibernate.annotations.Formula;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A freelancer's profile. It is also the search document of talent search (index {@code freelancer}): what
 * filters count or sort by is aggregable or sortable, and what a hit shows is projectable, so a results page
 * never touches this table.
 */
@Entity
@Table(name = "profile_freelancer")
@Indexed(index = FreelancerProfile.INDEX)
public class FreelancerProfile {

    public static final String INDEX = "freelancer";

    /**
     * The fair start (decision 20): ratings rank by a Bayesian average that starts every profile at
     * {@link #PRIOR_RATING} as if it had {@link #PRIOR_WEIGHT} reviews of that score. A new profile ranks like
     * a solid, average one; a few reviews move it only a little either way, many reviews decide.
     */
    public static final double PRIOR_RATING = 4.0;
    public static final double PRIOR_WEIGHT = 3.0;

    /** Names of the index fields, for the search service. */
    public static final class Fields {
        public static final String ID = "userId";
        public static final String TITLE = "title";
        public static final String OVERVIEW = "overview";
        public static final String SKILLS = "skills";
        public static final String SKILLS_TEXT = "skillsText";
        public static final String CURRENCY = "currency";
        public static final String RATE = "hourlyRateMinor";
        public static final String EXPERIENCE = "experienceLevel";
        public static final String CITY = "city";
        public static final String COUNTRY = "countryCode";
        public static final String POINT = "point";
        public static final String TIME_ZONE = "timeZone";
        public static final String UTC_OFFSET = "utcOffsetHours";
        public static final String HOURS = "hoursPerWeek";
        public static final String AVAILABLE = "availableNow";
        public static final String LANGUAGES = "languages";
        public static final String PHOTO = "photoUrl";
        public static final String REVIEWS = "reviewCount";
        public static final String RATING = "averageRating";
        public static final String RANKING_RATING = "rankingRating";
        public static final String CREATED_AT = "createdAt";

        private Fields() {}
    }

    @Id
    @Column(name = "user_id")
    @DocumentId
    @GenericField(name = Fields.ID, sortable = Sortable.YES, projectable = Projectable.YES)
    private long userId;

    @Column(nullable = false)
    @FullTextField(analyzer = Analysis.ENGLISH, projectable = Projectable.YES)
    private String title = "";

    @Column(nullable = false)
    @FullTextField(analyzer = Analysis.ENGLISH, projectable = Projectable.YES)
    private String overview = "";

    @Column(name = "hourly_rate_minor", nullable = false)
    @GenericField(name = Fields.RATE, sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private long hourlyRateMinor;

    @Column(nullable = false, length = 3)
    @KeywordField(projectable = Projectable.YES)
    private String currency = "USD";

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level", nullable = false)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ExperienceLevel experienceLevel = ExperienceLevel.INTERMEDIATE;

    @Embedded
    private Location location = new Location();

    @Column(name = "time_zone", nullable = false)
    @KeywordField(projectable = Projectable.YES)
    private String timeZone = "UTC";

    @Column(name = "hours_per_week", nullable = false)
    @GenericField(name = Fields.HOURS, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private int hoursPerWeek;

    @Column(name = "available_now", nullable = false)
    @GenericField(name = Fields.AVAILABLE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private boolean availableNow;

    @Column(name = "created_at", nullable = false)
    @GenericField(name = Fields.CREATED_AT, sortable = Sortable.YES)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_skill", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill_slug", nullable = false)
    @KeywordField(normalizer = Analysis.KEYWORD, aggregable = Aggregable.YES, projectable = Projectable.YES)
    // People search for the skills' names ("Node.js"), not their slugs ("node-js").
    @FullTextField(name = Fields.SKILLS_TEXT, analyzer = Analysis.ENGLISH, projectable = Projectable.YES,
            valueBridge = @ValueBridgeRef(type = SkillNameBridge.class))
    private List<String> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_language", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<LanguageEntry> languages = new ArrayList<>();

    /*
     * The reputation talent search ranks and filters by, read from the reviews module's table by SQL whenever the
     * profile is loaded (so each time it is indexed), as job search reads its facts from other modules: no copy
     * can go stale, and this module needs no Java dependency on reviews (which depend on profiles). A review
     * being published does not touch this row, so the reviews module announces it (ReputationChanged) and
     * ProfileIndexing reindexes the profile.
     */

    /** Published reviews about this freelancer. */
    @Formula("(select count(*) from review r where r.subject_id = user_id and r.published_at is not null)")
    @GenericField(name = Fields.REVIEWS, aggregable = Aggregable.YES, projectable = Projectable.YES, sortable = Sortable.YES)
    private long reviewCount;

    /** The sum of those reviews' overall ratings (1 to 5 each). */
    @Formula("(select coalesce(sum(r.overall), 0) from review r where r.subject_id = user_id and r.published_at is not null)")
    private long ratingSum;

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_employment", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<EmploymentEntry> employment = new ArrayList<>();

    @Column(name = "photo_file_id")
    private @Nullable UUID photoFileId;

    @Column(name = "photo_url")
    @KeywordField(name = Fields.PHOTO, projectable = Projectable.YES)
    private @Nullable String photoUrl;

    @Column(name = "resume_file_id")
    private @Nullable UUID resumeFileId;

    protected FreelancerProfile() {}

    public FreelancerProfile(UserId user, Instant createdAt) {
        this.userId = user.value();
        this.createdAt = createdAt;
    }

    /** Replaces everything the freelancer edits; the place comes from the bundled list (coordinates, zone). */
    public void update(FreelancerProfileData data, Place place) {
        this.title = data.title();
        this.overview = data.overview();
        this.skills = new ArrayList<>(data.skills());
        Money rate = Objects.requireNonNull(data.hourlyRate());
        this.hourlyRateMinor = rate.minorUnits();
        this.currency = rate.currency().getCurrencyCode();
        this.experienceLevel = Objects.requireNonNull(data.experienceLevel());
        this.location = new Location(place);
        this.timeZone = data.timeZone().isEmpty() ? place.timeZone() : data.timeZone();
        this.languages = new ArrayList<>(data.languages().stream().map(LanguageEntry::new).toList());
        this.employment = new ArrayList<>(data.employment().stream().map(EmploymentEntry::new).toList());
        this.hoursPerWeek = data.hoursPerWeek();
        this.availableNow = data.availableNow();
    }

    public FreelancerProfileData data() {
        return new FreelancerProfileData(title, overview, List.copyOf(skills), Money.of(hourlyRateMinor, currency),
                experienceLevel, location.city(), location.countryCode(), hoursPerWeek, availableNow, timeZone,
                languages(), employment());
    }

    public void photo(@Nullable StoredFile photo) {
        this.photoFileId = photo == null ? null : photo.id().value();
        this.photoUrl = photo == null ? null : photo.url();
    }

    public void resume(@Nullable FileId resume) {
        this.resumeFileId = resume == null ? null : resume.value();
    }

    public @Nullable FileId resume() {
        return resumeFileId == null ? null : new FileId(resumeFileId);
    }

    /** What is still missing, given how many portfolio pieces the freelancer has. */
    public ProfileCompleteness completeness(long portfolioItems) {
        var missing = new ArrayList<ProfileCompleteness.Step>();
        if (photoUrl == null) {
            missing.add(ProfileCompleteness.Step.PHOTO);
        }
        if (title.isBlank()) {
            missing.add(ProfileCompleteness.Step.HEADLINE);
        }
        if (overview.length() < ProfileCompleteness.OVERVIEW_MIN_LENGTH) {
            missing.add(ProfileCompleteness.Step.OVERVIEW);
        }
        if (skills.size() < ProfileCompleteness.SKILLS_MIN) {
            missing.add(ProfileCompleteness.Step.SKILLS);
        }
        if (hourlyRateMinor <= 0) {
            missing.add(ProfileCompleteness.Step.RATE);
        }
        if (languages.isEmpty()) {
            missing.add(ProfileCompleteness.Step.LANGUAGES);
        }
        if (employment.isEmpty()) {
            missing.add(ProfileCompleteness.Step.EMPLOYMENT);
        }
        if (portfolioItems == 0) {
            missing.add(ProfileCompleteness.Step.PORTFOLIO);
        }
        if (resumeFileId == null) {
            missing.add(ProfileCompleteness.Step.RESUME);
        }
        return ProfileCompleteness.of(missing);
    }

    public List<LanguageSkill> languages() {
        return languages.stream().map(LanguageEntry::skill).toList();
    }

    public List<Employment> employment() {
        return employment.stream().map(EmploymentEntry::employment).toList();
    }

    public UserId userId() {
        return new UserId(userId);
    }

    /** The plain average of the published reviews, 0 without any; what profiles show and "rating at least" filters. */
    @Transient
    @GenericField(name = Fields.RATING, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "reviewCount")),
            @ObjectPath(@PropertyValue(propertyName = "ratingSum"))})
    public double getAverageRating() {
        return reviewCount == 0 ? 0 : (double) ratingSum / reviewCount;
    }

    /** The Bayesian average ranking uses: see {@link #PRIOR_RATING}. */
    @Transient
    @GenericField(name = Fields.RANKING_RATING, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "reviewCount")),
            @ObjectPath(@PropertyValue(propertyName = "ratingSum"))})
    public double getRankingRating() {
        return rankingRating(reviewCount, ratingSum);
    }

    public static double rankingRating(long reviews, long sum) {
        return (PRIOR_RATING * PRIOR_WEIGHT + sum) / (PRIOR_WEIGHT + reviews);
    }

    @Transient
    @GenericField(name = Fields.POINT, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "location")))
    public GeoPoint getPoint() {
        return GeoPoint.of(location.latitude(), location.longitude());
    }

    @Transient
    @KeywordField(name = Fields.CITY, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "location")))
    public String getCity() {
        return location.city();
    }

    @Transient
    @KeywordField(name = Fields.COUNTRY, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "location")))
    public String getCountryCode() {
        return location.countryCode();
    }

    /**
     * The zone's standard offset from UTC in whole hours (rounded down), for "working hours overlap" filters.
     * Standard time, not today's: the document must not depend on the day it was indexed.
     */
    @Transient
    @GenericField(name = Fields.UTC_OFFSET, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "timeZone")))
    public int getUtcOffsetHours() {
        return utcOffsetHours(timeZone);
    }

    public static int utcOffsetHours(String zone) {
        try {
            var rules = ZoneId.of(zone).getRules();
            return Math.floorDiv(rules.getStandardOffset(Instant.EPOCH).getTotalSeconds(), 3600);
        } catch (DateTimeException e) {
            return 0;
        }
    }

    @Transient
    @KeywordField(name = Fields.LANGUAGES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public List<String> getLanguageCodes() {
        return languages.stream().map(l -> l.skill().code()).toList();
    }

    public FreelancerCard card(String name) {
        return new FreelancerCard(userId(), name, title, overview, Money.of(hourlyRateMinor, currency), experienceLevel,
                location.city(), location.countryCode(), timeZone, hoursPerWeek, availableNow, List.copyOf(skills), photoUrl);
    }
}
