package org.gigforge.profile;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
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
        List<String> skills) {

    /** The public, readable address of the profile, e.g. {@code freelancers/12-daniel-okafor}. */
    public String path() {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "freelancers/" + userId + (slug.isEmpty() ? "" : "-" + slug);
    }
}
