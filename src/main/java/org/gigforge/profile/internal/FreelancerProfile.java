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

@Entity
@Table(name = "profile_freelancer")
public class FreelancerProfile {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String overview = "";

    @Column(name = "hourly_rate_minor", nullable = false)
    private long hourlyRateMinor;

    @Column(nullable = false, length = 3)
    private String currency = "USD";

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level", nullable = false)
    private ExperienceLevel experienceLevel = ExperienceLevel.INTERMEDIATE;

    @Embedded
    private Location location = new Location();

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Column(name = "available_now", nullable = false)
    private boolean availableNow;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_skill", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    @Column(name = "skill_slug", nullable = false)
    private List<String> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_language", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<LanguageEntry> languages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_freelancer_employment", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<EmploymentEntry> employment = new ArrayList<>();

    @Column(name = "photo_file_id")
    private @Nullable UUID photoFileId;

    @Column(name = "photo_url")
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

    public FreelancerCard card(String name) {
        return new FreelancerCard(userId(), name, title, overview, Money.of(hourlyRateMinor, currency), experienceLevel,
                location.city(), location.countryCode(), timeZone, hoursPerWeek, availableNow, List.copyOf(skills), photoUrl);
    }
}
