package org.gigforge.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's account as others in the system may see it (never the password hash). */
public record AccountSummary(
        UserId id,
        String name,
        String email,
        Set<Role> roles,
        Instant createdAt,
        @Nullable Instant lastSignInAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
