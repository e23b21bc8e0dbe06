package org.gigforge.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.messaging.ConversationId;
import org.gigforge.messaging.MessageId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "msg_message")
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(nullable = false)
    private String body = "";

    @Column(nullable = false)
    private String warnings = "";

    @Column(nullable = false)
    private int attachments;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt = Instant.EPOCH;

    protected MessageEntity() {}

    public MessageEntity(ConversationId conversation, UserId sender, String body, String warnings, int attachments,
            Instant sentAt) {
        this.attachments = attachments;
        this.conversationId = conversation.value();
        this.senderId = sender.value();
        this.body = body;
        this.warnings = warnings;
        this.sentAt = sentAt;
    }

    public MessageId id() {
        if (id == null) {
            throw new IllegalStateException("Message not saved yet");
        }
        return new MessageId(id);
    }

    public ConversationId conversation() {
        return new ConversationId(conversationId);
    }

    public UserId sender() {
        return new UserId(senderId);
    }

    public String body() {
        return body;
    }

    public String warnings() {
        return warnings;
    }

    public int attachments() {
        return attachments;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
