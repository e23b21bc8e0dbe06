package org.gigforge.profile;

import java.util.List;
import java.util.Set;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A talent search as clients ask it. Every part is optional; what is given narrows the result. Several skills,
 * experience levels or languages match freelancers with any of them. Rates are whole units of {@code currency}
 * and match only freelancers who charge in it (never converted).
 *
 * @param text words to find in the headline, skills and overview; typos are forgiven as in job search
 * @param availableNow only freelancers who say they are available now
 * @param minHoursPerWeek only freelancers offering at least this many hours a week
 * @param country only freelancers living in this country (ISO code)
 * @param near only freelancers whose city lies within the radius of a point
 * @param utcOffsetMin with {@code utcOffsetMax}: only freelancers whose time zone's standard offset from UTC, in
 *     hours, lies in this range (inclusive), for overlapping working hours
 * @param minRating only freelancers with published reviews averaging at least this (1 to 5)
 * @param offset how many hits to skip; with {@code size} and the stable order, pages never overlap
 * @param size hits per page, at most {@link TalentSearchService#MAX_PAGE_SIZE}
 */
public record TalentQuery(
        @Nullable String text,
        List<String> skills,
        String currency,
        @Nullable Long rateMin,
        @Nullable Long rateMax,
        Set<ExperienceLevel> experience,
        boolean availableNow,
        @Nullable Integer minHoursPerWeek,
        @Nullable String country,
        @Nullable Near near,
        @Nullable Integer utcOffsetMin,
        @Nullable Integer utcOffsetMax,
        @Nullable Double minRating,
        List<String> languages,
        Sort sort,
        int offset,
        int size) {

    public static final String DEFAULT_CURRENCY = "USD";
    public static final int DEFAULT_SIZE = 20;

    public TalentQuery {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? Set.of() : Set.copyOf(experience);
        languages = languages == null ? List.of() : List.copyOf(languages);
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Every freelancer, best first. */
    public static TalentQuery all() {
        return new TalentQuery(null, List.of(), DEFAULT_CURRENCY, null, null, Set.of(), false, null, null, null, null,
                null, null, List.of(), Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    /** A point and a radius around it. */
    public record Near(double latitude, double longitude, int radiusKm) {}

    public enum Sort {
        /** Text relevance with the rating's fair-start boost (decision 20); for no text, the best rated first. */
        RELEVANCE,
        /** Highest Bayesian rating first: new profiles rank at the prior, not last. */
        RATING,
        RATE_LOW,
        RATE_HIGH
    }

    public TalentQuery withText(@Nullable String value) {
        return new TalentQuery(value, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withSkills(List<String> value) {
        return new TalentQuery(text, value, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withRate(String currencyCode, @Nullable Long min, @Nullable Long max) {
        return new TalentQuery(text, skills, currencyCode, min, max, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withExperience(Set<ExperienceLevel> value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, value, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withAvailability(boolean now, @Nullable Integer minHours) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, now, minHours,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withCountry(@Nullable String value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                value, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withNear(@Nullable Near value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, value, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offset, size);
    }

    public TalentQuery withUtcOffset(@Nullable Integer min, @Nullable Integer max) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, min, max, minRating, languages, sort, offset, size);
    }

    public TalentQuery withMinRating(@Nullable Double value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, value, languages, sort, offset, size);
    }

    public TalentQuery withLanguages(List<String> value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, value, sort, offset, size);
    }

    public TalentQuery withSort(Sort value) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, value, offset, size);
    }

    public TalentQuery withPage(int offsetValue, int sizeValue) {
        return new TalentQuery(text, skills, currency, rateMin, rateMax, experience, availableNow, minHoursPerWeek,
                country, near, utcOffsetMin, utcOffsetMax, minRating, languages, sort, offsetValue, sizeValue);
    }
}
