package org.gigforge.messaging;

import org.gigforge.account.UserId;
import org.gigforge.file.FileReadPolicy;
import org.gigforge.messaging.internal.ConversationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message's attachments are for the two participants of its conversation (admins read every private file
 * anyway). Reads the repository directly, because the file service asks this while serving.
 */
@Component
class MessageAttachmentPolicy implements FileReadPolicy {

    private final ConversationRepository conversations;

    MessageAttachmentPolicy(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    @Override
    public String ownerType() {
        return MessagingService.ATTACHMENT;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(String ownerId, @Nullable UserId viewer) {
        if (viewer == null) {
            return false;
        }
        try {
            return conversations.isParticipantOfMessage(Long.parseLong(ownerId), viewer.value());
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
