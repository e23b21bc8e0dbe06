package org.gigforge.job;

import java.util.List;
import java.util.Set;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A job search as freelancers and visitors (and {@code /api/v1/jobs}) ask it. Every part is optional; what is
 * given narrows the result. Amounts are whole units of {@code currency}: budget and rate filters match only jobs
 * priced in that currency (currencies are never converted). Several skills or experience levels match jobs with
 * any of them; a budget range and a rate range together match fixed-price jobs in the one or hourly jobs in the
 * other. Only open, public jobs are ever found.
 *
 * @param text words to find in title, skills and description; typos are forgiven (one edit in words of 4 to 7
 *     letters, two from 8 letters on)
 * @param remote only jobs that can be done remotely (from anywhere, or from a list of countries)
 * @param country jobs a freelancer in this country (ISO code) may take: remote from anywhere, remote from a list
 *     with this country, or on site in it
 * @param near on-site jobs whose city lies within the radius of a point
 * @param offset how many hits to skip; with {@code size} and the stable order, pages never overlap
 * @param size hits per page, at most {@link JobSearchService#MAX_PAGE_SIZE}
 */
public record JobQuery(
        @Nullable String text,
        @Nullable String category,
        List<String> skills,
        @Nullable JobType type,
        String currency,
        @Nullable Long budgetMin,
        @Nullable Long budgetMax,
        @Nullable Long rateMin,
        @Nullable Long rateMax,
        Set<ExperienceLevel> experience,
        boolean paymentVerified,
        boolean hasHires,
        @Nullable PostedWithin postedWithin,
        boolean remote,
        @Nullable String country,
        @Nullable Near near,
        @Nullable ProposalsBucket proposals,
        Sort sort,
        int offset,
        int size) {

    public static final String DEFAULT_CURRENCY = "USD";
    public static final int DEFAULT_SIZE = 20;

    public JobQuery {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? Set.of() : Set.copyOf(experience);
        currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** Every open public job, most relevant (for an empty text: newest) first. */
    public static JobQuery all() {
        return new JobQuery(null, null, List.of(), null, DEFAULT_CURRENCY, null, null, null, null, Set.of(), false,
                false, null, false, null, null, null, Sort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    /** A point and a radius around it. */
    public record Near(double latitude, double longitude, int radiusKm) {}

    public enum Sort {
        RELEVANCE,
        NEWEST,
        /** Highest pay first: a fixed-price job's budget, an hourly job's top rate. */
        BUDGET
    }

    /** How recently a job was published. */
    public enum PostedWithin {
        DAY(1),
        THREE_DAYS(3),
        WEEK(7),
        MONTH(30);

        private final int days;

        PostedWithin(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    /** How many proposals a job has had so far (sent, not withdrawn); {@code max} is exclusive. */
    public enum ProposalsBucket {
        LESS_THAN_5(0, 5L),
        FIVE_TO_10(5, 10L),
        TEN_TO_20(10, 20L),
        TWENTY_TO_50(20, 50L),
        FIFTY_PLUS(50, null);

        private final long min;
        private final @Nullable Long max;

        ProposalsBucket(long min, @Nullable Long max) {
            this.min = min;
            this.max = max;
        }

        public long min() {
            return min;
        }

        public @Nullable Long max() {
            return max;
        }
    }

    public JobQuery withText(@Nullable String value) {
        return new JobQuery(value, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withCategory(@Nullable String value) {
        return new JobQuery(text, value, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withSkills(List<String> value) {
        return new JobQuery(text, category, value, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withType(@Nullable JobType value) {
        return new JobQuery(text, category, skills, value, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    /** A budget range in whole units of {@code currency}, for fixed-price jobs. */
    public JobQuery withBudget(String currencyCode, @Nullable Long min, @Nullable Long max) {
        return new JobQuery(text, category, skills, type, currencyCode, min, max, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    /** An hourly-rate range in whole units of {@code currency}; it matches jobs whose own range overlaps it. */
    public JobQuery withRate(String currencyCode, @Nullable Long min, @Nullable Long max) {
        return new JobQuery(text, category, skills, type, currencyCode, budgetMin, budgetMax, min, max, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withExperience(Set<ExperienceLevel> value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, value,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withPaymentVerified(boolean value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                value, hasHires, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withHasHires(boolean value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, value, postedWithin, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withPostedWithin(@Nullable PostedWithin value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, value, remote, country, near, proposals, sort, offset, size);
    }

    public JobQuery withRemote(boolean value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, value, country, near, proposals, sort, offset, size);
    }

    public JobQuery withCountry(@Nullable String value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, value, near, proposals, sort, offset, size);
    }

    public JobQuery withNear(@Nullable Near value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, value, proposals, sort, offset, size);
    }

    public JobQuery withProposals(@Nullable ProposalsBucket value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, value, sort, offset, size);
    }

    public JobQuery withSort(Sort value) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, value, offset, size);
    }

    /**
     * This query without one of its parts, named as a {@link JobHits.Loosening} names it ({@code text},
     * {@code category}, {@code skills}, {@code type}, {@code pay} for the budget and rate ranges, {@code experience},
     * {@code paymentVerified}, {@code hasHires}, {@code postedWithin}, {@code remote}, {@code country}, {@code near},
     * {@code proposals}); back on the first page.
     */
    public JobQuery without(String part) {
        var loosened = switch (part) {
            case "text" -> withText(null);
            case "category" -> withCategory(null);
            case "skills" -> withSkills(List.of());
            case "type" -> withType(null);
            case "pay" -> withBudget(currency, null, null).withRate(currency, null, null);
            case "experience" -> withExperience(Set.of());
            case "paymentVerified" -> withPaymentVerified(false);
            case "hasHires" -> withHasHires(false);
            case "postedWithin" -> withPostedWithin(null);
            case "remote" -> withRemote(false);
            case "country" -> withCountry(null);
            case "near" -> withNear(null);
            case "proposals" -> withProposals(null);
            default -> throw new IllegalArgumentException("No part of a job query is called " + part);
        };
        return loosened.withPage(0, size);
    }

    public JobQuery withPage(int offsetValue, int sizeValue) {
        return new JobQuery(text, category, skills, type, currency, budgetMin, budgetMax, rateMin, rateMax, experience,
                paymentVerified, hasHires, postedWithin, remote, country, near, proposals, sort, offsetValue, sizeValue);
    }
}
