package org.gigforge.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gigforge.account.UserId;
import org.gigforge.notification.NotificationType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens: {@code member.TYPE.signature}, HMAC-SHA256 with a key made once per installation and
 * kept in the database, so links work on every node and after restarts. They do not expire: an unsubscribe link
 * in an old mail must still work (RFC 8058), and all it can do is turn a mail off.
 */
@Component
public class UnsubscribeTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte @Nullable [] key;

    UnsubscribeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Subject(UserId member, NotificationType type) {}

    public String issue(UserId member, NotificationType type) {
        String payload = member.value() + "." + type.name();
        return payload + "." + sign(payload);
    }

    public Optional<Subject> verify(String token) {
        int last = token.lastIndexOf('.');
        if (last < 0 || token.length() > 200) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", 2);
        try {
            return Optional.of(new Subject(new UserId(Long.parseLong(parts[0])), NotificationType.valueOf(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known != null) {
            return known;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // The first node to get here makes the key; everyone else reads the one that won.
        jdbc.sql("insert into mail_signing_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing")
                .params(Base64.getEncoder().encodeToString(fresh), Timestamp.from(clock.instant())).update();
        byte[] stored = Base64.getDecoder().decode(
                jdbc.sql("select secret from mail_signing_key where id = 1").query(String.class).single());
        key = stored;
        return stored;
    }
}
