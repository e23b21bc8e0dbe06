package org.gigforge.account;

import java.time.Instant;
import java.util.Locale;

/** Someone asked to reset this member's password; the mail module sends the link. The raw token is only here. */
public record PasswordResetRequested(UserId userId, String email, String name, Locale locale, String token,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + "]";
    }
}
