package org.gigforge.messaging;

import org.gigforge.account.UserId;
import org.gigforge.file.NumberedOwnerReadPolicy;
import org.gigforge.messaging.internal.ConversationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message's attachments are for the two participants of its conversation (admins read every private file
 * anyway). Reads the repository directly, because the file service asks this while serving.
 */
@Component
class MessageAttachmentPolicy extends NumberedOwnerReadPolicy {

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
    protected boolean mayRead(long messageId, UserId viewer) {
        return conversations.isParticipantOfMessage(messageId, viewer.value());
    }
}
