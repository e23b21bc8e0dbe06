package org.gigforge.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/** What a freelancer edits on their profile. The service checks skills and the place against the taxonomy. */
public record FreelancerProfileData(
        @NotBlank(message = "{profile.title.required}") @Size(max = 120, message = "{profile.title.too-long}")
                String title,
        @NotBlank(message = "{profile.overview.required}")
                @Size(max = 5_000, message = "{profile.overview.too-long}")
                String overview,
        @NotNull @Size(min = 1, max = 15, message = "{profile.skills.count}") List<String> skills,
        @NotNull(message = "{profile.rate.required}") @Nullable Money hourlyRate,
        @NotNull(message = "{profile.experience.required}") @Nullable ExperienceLevel experienceLevel,
        @NotBlank(message = "{profile.place.required}") String city,
        @NotBlank(message = "{profile.place.required}") String countryCode,
        @Min(value = 1, message = "{profile.hours.range}") @Max(value = 80, message = "{profile.hours.range}")
                int hoursPerWeek,
        boolean availableNow,
        /** An IANA zone such as {@code Europe/Berlin}; empty means the zone of the chosen city. */
        String timeZone,
        @NotNull @Size(max = 10, message = "{profile.languages.count}") List<@Valid LanguageSkill> languages,
        @NotNull @Size(max = 20, message = "{profile.employment.count}") List<@Valid Employment> employment) {

    public FreelancerProfileData {
        title = title == null ? "" : title.strip();
        overview = overview == null ? "" : overview.strip();
        skills = skills == null ? List.of() : List.copyOf(skills);
        city = city == null ? "" : city;
        countryCode = countryCode == null ? "" : countryCode;
        timeZone = timeZone == null ? "" : timeZone.strip();
        languages = languages == null ? List.of() : List.copyOf(languages);
        employment = employment == null ? List.of() : List.copyOf(employment);
    }
}
