package org.gigforge.profile.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;
import java.util.stream.IntStream;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes demo profiles. */
@Component
public class ProfileSeeder {

    /** A freelancer's profile to create. */
    public record FreelancerSeed(UserId user, String title, String overview, List<String> skills, Money hourlyRate,
            ExperienceLevel level, Place place, int hoursPerWeek, boolean availableNow, Instant createdAt) {

        /** English for everyone (the marketplace's common language) plus the main language of their country. */
        public List<LanguageSkill> languages() {
            String local = Arrays.stream(Locale.getAvailableLocales())
                    .filter(l -> l.getCountry().equals(place.countryCode()) && !l.getLanguage().isEmpty())
                    .map(Locale::getLanguage)
                    .sorted()
                    .findFirst()
                    .orElse("en");
            if (local.equals("en")) {
                return List.of(new LanguageSkill("en", LanguageLevel.NATIVE));
            }
            return List.of(new LanguageSkill(local, LanguageLevel.NATIVE), new LanguageSkill("en", LanguageLevel.FLUENT));
        }
    }

    /** A client's profile to create. */
    public record ClientSeed(UserId user, @Nullable String companyName, @Nullable String description, Place place,
            Instant createdAt) {}

    private final JdbcTemplate jdbc;

    ProfileSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void seedFreelancers(List<FreelancerSeed> seeds) {
        jdbc.batchUpdate("""
                insert into profile_freelancer (user_id, title, overview, hourly_rate_minor, currency, experience_level,
                    city, country_code, latitude, longitude, time_zone, hours_per_week, available_now, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                seeds.stream().map(s -> new Object[] {
                    s.user().value(), s.title(), s.overview(), s.hourlyRate().minorUnits(),
                    s.hourlyRate().currency().getCurrencyCode(), s.level().name(), s.place().city(),
                    s.place().countryCode(), s.place().latitude(), s.place().longitude(), s.place().timeZone(),
                    s.hoursPerWeek(), s.availableNow(), Timestamp.from(s.createdAt())
                }).toList());
        jdbc.batchUpdate("insert into profile_freelancer_language (user_id, position, language_code, level) values (?, ?, ?, ?)",
                seeds.stream().flatMap(s -> IntStream.range(0, s.languages().size())
                        .mapToObj(i -> new Object[] {s.user().value(), i, s.languages().get(i).code(),
                            String.valueOf(s.languages().get(i).level())})).toList());
        jdbc.batchUpdate("insert into profile_freelancer_skill (user_id, skill_slug, position) values (?, ?, ?)",
                seeds.stream().flatMap(s -> IntStream.range(0, s.skills().size())
                        .mapToObj(i -> new Object[] {s.user().value(), s.skills().get(i), i})).toList());
    }

    @Transactional
    public void seedClients(List<ClientSeed> seeds) {
        jdbc.batchUpdate("""
                insert into profile_client (user_id, company_name, description, city, country_code, latitude, longitude,
                    created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                seeds.stream().map(s -> new Object[] {
                    s.user().value(), s.companyName(), s.description(), s.place().city(), s.place().countryCode(),
                    s.place().latitude(), s.place().longitude(), Timestamp.from(s.createdAt())
                }).toList());
    }
}
