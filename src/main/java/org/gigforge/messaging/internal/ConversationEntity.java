package org.gigforge.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.messaging.ConversationId;
import org.gigforge.messaging.ConversationKind;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "msg_conversation")
public class ConversationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversationKind kind = ConversationKind.JOB;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String title = "";

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_message_at")
    private @Nullable Instant lastMessageAt;

    protected ConversationEntity() {}

    public ConversationEntity(ConversationKind kind, long subjectId, String title, UserId client, UserId freelancer,
            Instant createdAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.clientId = client.value();
        this.freelancerId = freelancer.value();
        this.createdAt = createdAt;
    }

    public ConversationId id() {
        if (id == null) {
            throw new IllegalStateException("Conversation not saved yet");
        }
        return new ConversationId(id);
    }

    public ConversationKind kind() {
        return kind;
    }

    public long subjectId() {
        return subjectId;
    }

    public String title() {
        return title;
    }

    public UserId client() {
        return new UserId(clientId);
    }

    public UserId freelancer() {
        return new UserId(freelancerId);
    }

    public boolean isParticipant(UserId user) {
        return user.value() == clientId || user.value() == freelancerId;
    }

    /** The other participant, seen from one of them; the freelancer for anyone else (a moderating admin). */
    public UserId other(UserId viewer) {
        return viewer.value() == freelancerId ? client() : freelancer();
    }

    public @Nullable Instant lastMessageAt() {
        return lastMessageAt;
    }

    public void messageAt(Instant at) {
        this.lastMessageAt = at;
    }
}
