package org.gigforge.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a new member tells us when signing up. The password policy is checked by the service. */
public record SignUpRequest(
        @NotBlank(message = "{account.name.required}") @Size(max = 100, message = "{account.name.too-long}")
                String name,
        @NotBlank(message = "{account.email.required}")
                @Email(message = "{account.email.invalid}")
                @Size(max = 254, message = "{account.email.invalid}")
                String email,
        @NotNull(message = "{account.password.required}") String password,
        @NotNull(message = "{account.role.required}") @Nullable Role role) {

    /** Surrounding spaces (often pasted along) are not part of a name or an address. */
    public SignUpRequest {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }
}
