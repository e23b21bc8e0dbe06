package org.gigforge.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems the single-use tokens of verification and reset mails: 256 random bits, stored hashed. */
@Component
public class AccountTokens {

    private final AccountTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** A new raw token for the account; earlier unused tokens of the same purpose stop working. */
    public String issue(UserAccount account, AccountToken.Purpose purpose, Instant now, Duration ttl) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.retire(account.id().value(), purpose, now);
        tokens.save(new AccountToken(account.id().value(), purpose, hash(raw), account.email(), now, now.plus(ttl)));
        return raw;
    }

    /** How many tokens of this purpose the account got since then (for rate limits). */
    public long issuedSince(UserAccount account, AccountToken.Purpose purpose, Instant since) {
        return tokens.countByUserIdAndPurposeAndCreatedAtAfter(account.id().value(), purpose, since);
    }

    /**
     * The token behind a raw value when it is of this purpose, unused and unexpired; locked until the transaction
     * ends, so the caller can mark it used without a second click doing the same. Needs a writable transaction.
     */
    public Optional<AccountToken> redeemable(String raw, AccountToken.Purpose purpose, Instant now) {
        if (raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return tokens.lockByTokenHash(hash(raw)).filter(t -> t.usableFor(purpose, now));
    }

    /** Whether the raw value is a usable token of this purpose, without locking it. */
    public boolean valid(String raw, AccountToken.Purpose purpose, Instant now) {
        return !raw.isBlank() && raw.length() <= 100
                && tokens.findByTokenHash(hash(raw)).filter(t -> t.usableFor(purpose, now)).isPresent();
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
