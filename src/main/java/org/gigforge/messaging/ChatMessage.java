package org.gigforge.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gigforge.account.UserId;
import org.gigforge.file.StoredFile;

/**
 * One message as a participant sees it.
 *
 * @param text what the sender typed, plain
 * @param html the same text safe to put into a page: escaped, line breaks kept, web addresses as safe links
 * @param warnings what the off-platform detector found; views warn the receiver (never the sender)
 */
public record ChatMessage(
        MessageId id,
        ConversationId conversation,
        UserId sender,
        String senderName,
        String text,
        String html,
        Instant sentAt,
        List<StoredFile> attachments,
        Set<OffPlatformDetector.Finding> warnings) {}
