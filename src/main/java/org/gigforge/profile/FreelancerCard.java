package org.gigforge.profile;

import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.gigforge.platform.Slug;
import org.gigforge.taxonomy.ExperienceLevel;

/** A freelancer as talent lists show them: headline, rate, level, place and top skills. */
public record FreelancerCard(
        UserId userId,
        String name,
        String title,
        String overview,
        Money hourlyRate,
        ExperienceLevel experienceLevel,
        String city,
        String countryCode,
        String timeZone,
        int hoursPerWeek,
        boolean availableNow,
        List<String> skills,
        /** The profile photo's public address, or null without one. */
        @org.jspecify.annotations.Nullable String photoUrl) {

    /** The public, readable address of the profile, e.g. {@code freelancers/12-daniel-okafor}. */
    public String path() {
        return Slug.path("freelancers", userId, name);
    }
}
