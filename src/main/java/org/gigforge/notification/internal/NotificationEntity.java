package org.gigforge.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationId;
import org.gigforge.notification.NotificationType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "notification")
public class NotificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationType type = NotificationType.MESSAGE;

    @Column(name = "message_key", nullable = false)
    private String messageKey = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] args = new String[0];

    @Column(nullable = false)
    private String link = "";

    @Column(nullable = false)
    private String subject = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected NotificationEntity() {}

    public NotificationEntity(UserId recipient, NotificationType type, String messageKey, List<String> args, String link,
            String subject, Instant createdAt) {
        this.recipientId = recipient.value();
        this.type = type;
        this.messageKey = messageKey;
        this.args = args.toArray(String[]::new);
        this.link = link;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    public boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public Notification toRecord() {
        if (id == null) {
            throw new IllegalStateException("Notification not saved yet");
        }
        return new Notification(new NotificationId(id), new UserId(recipientId), type, messageKey, List.of(args), link,
                createdAt, readAt);
    }
}
