package org.gigforge.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail as admins read it in the outbox. */
public record MailRecord(
        long id,
        String to,
        String subject,
        String type,
        boolean essential,
        MailStatus status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        String text,
        String html,
        @Nullable String unsubscribeUrl) {}
