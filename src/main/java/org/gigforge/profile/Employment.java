package org.gigforge.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One position in a freelancer's employment history; {@code to} is empty while they still hold it. */
public record Employment(
        @NotBlank(message = "{profile.employment.company}") @Size(max = 100, message = "{profile.employment.too-long}")
                String company,
        @NotBlank(message = "{profile.employment.role}") @Size(max = 100, message = "{profile.employment.too-long}")
                String role,
        @NotNull(message = "{profile.employment.from}") @Nullable YearMonth from,
        @Nullable YearMonth to) {

    public Employment {
        company = company == null ? "" : company.strip();
        role = role == null ? "" : role.strip();
    }

    public boolean current() {
        return to == null;
    }
}
