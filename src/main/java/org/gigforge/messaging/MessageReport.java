package org.gigforge.messaging;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/** A report in the admins' moderation queue: who reported whom, the message if one was reported, and why. */
public record MessageReport(
        ReportId id,
        UserId reporter,
        String reporterName,
        UserId reported,
        String reportedName,
        @Nullable ConversationId conversation,
        @Nullable MessageId message,
        /** The reported message's text, for the admin to judge without opening the conversation. */
        @Nullable String messageText,
        String reason,
        Instant createdAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolution) {}
