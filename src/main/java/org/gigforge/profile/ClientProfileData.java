package org.gigforge.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a client tells freelancers about themselves: an optional company, a description, where they are. */
public record ClientProfileData(
        @Size(max = 120, message = "{profile.company.too-long}") @Nullable String companyName,
        @Size(max = 2_000, message = "{profile.description.too-long}") @Nullable String description,
        @NotBlank(message = "{profile.place.required}") String city,
        @NotBlank(message = "{profile.place.required}") String countryCode) {

    public ClientProfileData {
        companyName = companyName == null || companyName.isBlank() ? null : companyName.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        city = city == null ? "" : city;
        countryCode = countryCode == null ? "" : countryCode;
    }
}
