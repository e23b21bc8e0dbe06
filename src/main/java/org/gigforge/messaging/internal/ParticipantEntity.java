package org.gigforge.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One person in one conversation, with how far they have read (the read receipt). */
@Entity
@Table(name = "msg_participant")
public class ParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "last_read_message_id", nullable = false)
    private long lastReadMessageId;

    @Column(name = "last_read_at")
    private @Nullable Instant lastReadAt;

    protected ParticipantEntity() {}

    public ParticipantEntity(long conversationId, long userId) {
        this.conversationId = conversationId;
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    public long lastReadMessageId() {
        return lastReadMessageId;
    }

    /** Moves the receipt forward only: reading an older page never un-reads newer messages. */
    public boolean readUpTo(long messageId, Instant at) {
        if (messageId <= lastReadMessageId) {
            return false;
        }
        this.lastReadMessageId = messageId;
        this.lastReadAt = at;
        return true;
    }
}
