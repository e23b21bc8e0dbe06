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
import org.gigforge.profile.Employment;
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
                location.city(), location.countryCode(), timeZone, hoursPerWeek, availableNow, List.copyOf(skills));
    }
}
