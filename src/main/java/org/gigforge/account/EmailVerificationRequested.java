package org.gigforge.account;

import java.time.Instant;
import java.util.Locale;

/**
 * A member needs to confirm their address: published inside the transaction that issued the token, so the mail is
 * written in the same transaction (the mail module listens). The raw token appears only here and in the mail.
 */
public record EmailVerificationRequested(UserId userId, String email, String name, Locale locale, String token,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "EmailVerificationRequested[userId=" + userId + "]";
    }
}
