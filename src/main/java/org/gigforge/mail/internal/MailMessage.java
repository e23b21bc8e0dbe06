package org.gigforge.mail.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.mail.MailRecord;
import org.gigforge.mail.MailStatus;
import org.jspecify.annotations.Nullable;

/** One written mail: its rendered parts and how its delivery went. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id")
    private @Nullable Long recipientId;

    @Column(name = "to_address", nullable = false)
    private String to = "";

    @Column(nullable = false)
    private String type = "";

    @Column(nullable = false)
    private boolean essential;

    @Column(nullable = false)
    private String language = "en";

    @Column(nullable = false)
    private String subject = "";

    @Column(name = "text_body", nullable = false)
    private String text = "";

    @Column(name = "html_body", nullable = false)
    private String html = "";

    @Column(name = "unsubscribe_url")
    private @Nullable String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "failed_at")
    private @Nullable Instant failedAt;

    protected MailMessage() {}

    public MailMessage(@Nullable Long recipientId, String to, String type, boolean essential, String language,
            MailContent.Rendered rendered, @Nullable String unsubscribeUrl, Instant createdAt) {
        this.recipientId = recipientId;
        this.to = to;
        this.type = type;
        this.essential = essential;
        this.language = language;
        this.subject = rendered.subject();
        this.text = rendered.text();
        this.html = rendered.html();
        this.unsubscribeUrl = unsubscribeUrl;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Mail not saved yet");
        }
        return id;
    }

    public String to() {
        return to;
    }

    public String subject() {
        return subject;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html;
    }

    public boolean essential() {
        return essential;
    }

    public @Nullable String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    /** Waiting for its first or a further attempt. */
    public boolean pending() {
        return status == MailStatus.QUEUED || status == MailStatus.FAILED;
    }

    public void delivered(MailStatus how, Instant at) {
        status = how;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    public void suppressed(String why) {
        status = MailStatus.SUPPRESSED;
        lastError = why;
    }

    public void failed(String error, Instant at) {
        status = MailStatus.FAILED;
        attempts++;
        failedAt = at;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public MailRecord toRecord() {
        return new MailRecord(id(), to, subject, type, essential, status, attempts, lastError, createdAt, sentAt, failedAt,
                text, html, unsubscribeUrl);
    }
}
