package org.gigforge.messaging;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as one of its participants (or a moderating admin) sees it.
 *
 * @param link where its subject lives in the app: the job's page or the contract's
 * @param other the other participant, from the viewer's side (the freelancer, for an admin)
 * @param unread messages from the other participant the viewer has not read
 * @param otherLastRead the newest message the other participant has read, for read receipts (0: none)
 * @param participant whether the viewer takes part (admins read without taking part)
 */
public record Conversation(
        ConversationId id,
        ConversationKind kind,
        long subjectId,
        String title,
        String link,
        UserId client,
        UserId freelancer,
        UserId other,
        String otherName,
        @Nullable Instant lastMessageAt,
        long unread,
        long otherLastRead,
        boolean participant) {}
