package org.gigforge.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/** One browser that receives a member's push notifications. */
@Entity
@Table(name = "push_subscription")
public class PushSubscriptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private String endpoint = "";

    @Column(nullable = false)
    private String p256dh = "";

    @Column(nullable = false)
    private String auth = "";

    @Column(name = "user_agent", nullable = false)
    private String userAgent = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_sent_at")
    private @Nullable Instant lastSentAt;

    protected PushSubscriptionEntity() {}

    public PushSubscriptionEntity(UserId member, String endpoint, String p256dh, String auth, String userAgent,
            Instant createdAt) {
        this.memberId = member.value();
        this.endpoint = endpoint;
        this.p256dh = p256dh;
        this.auth = auth;
        this.userAgent = userAgent;
        this.createdAt = createdAt;
    }

    /** The same browser subscribing again (new keys), possibly for another member who signed in on it. */
    public void renew(UserId member, String p256dh, String auth, String userAgent, Instant at) {
        this.memberId = member.value();
        this.p256dh = p256dh;
        this.auth = auth;
        this.userAgent = userAgent;
        this.createdAt = at;
    }

    public void sent(Instant at) {
        this.lastSentAt = at;
    }

    public UserId member() {
        return new UserId(memberId);
    }

    public String endpoint() {
        return endpoint;
    }

    public String p256dh() {
        return p256dh;
    }

    public String auth() {
        return auth;
    }
}
