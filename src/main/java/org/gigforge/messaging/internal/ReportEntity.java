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
import org.gigforge.messaging.ReportId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "msg_report")
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(name = "reported_user_id", nullable = false)
    private long reportedUserId;

    @Column(name = "conversation_id")
    private @Nullable Long conversationId;

    @Column(name = "message_id")
    private @Nullable Long messageId;

    @Column(nullable = false)
    private String reason = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_by")
    private @Nullable Long resolvedBy;

    @Column
    private @Nullable String resolution;

    protected ReportEntity() {}

    public ReportEntity(UserId reporter, UserId reported, @Nullable ConversationId conversation, @Nullable MessageId message,
            String reason, Instant createdAt) {
        this.reporterId = reporter.value();
        this.reportedUserId = reported.value();
        this.conversationId = conversation == null ? null : conversation.value();
        this.messageId = message == null ? null : message.value();
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public ReportId id() {
        if (id == null) {
            throw new IllegalStateException("Report not saved yet");
        }
        return new ReportId(id);
    }

    public UserId reporter() {
        return new UserId(reporterId);
    }

    public UserId reported() {
        return new UserId(reportedUserId);
    }

    public @Nullable ConversationId conversation() {
        return conversationId == null ? null : new ConversationId(conversationId);
    }

    public @Nullable MessageId message() {
        return messageId == null ? null : new MessageId(messageId);
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public @Nullable String resolution() {
        return resolution;
    }

    public void resolve(UserId admin, String note, Instant at) {
        this.resolvedBy = admin.value();
        this.resolution = note;
        this.resolvedAt = at;
    }
}
