package org.gigforge.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Mail settings, under {@code gigforge.mail}; the SMTP server itself is Spring's {@code spring.mail.*}. */
@ConfigurationProperties("gigforge.mail")
public record MailProperties(
        /** {@code outbox}: mails are only stored, for admins to read (embedded mode); {@code smtp}: sent. */
        @DefaultValue("outbox") Transport transport,
        /** The sender of every mail. */
        @DefaultValue("Gigforge <no-reply@gigforge.local>") String from,
        /** How long messages stay unread before the member gets the digest mail about them. */
        @DefaultValue("PT15M") Duration digestDelay,
        /**
         * The shared secret the bounce and complaint webhook must send in {@code X-Mail-Webhook-Secret}; empty
         * turns the webhook off.
         */
        @Nullable String webhookSecret) {

    public enum Transport { OUTBOX, SMTP }
}
