package org.gigforge.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.SignInRecord;
import org.jspecify.annotations.Nullable;

/** A sign-in attempt, kept for a limited time (see the purge job) so members can review them. */
@Entity
@Table(name = "account_sign_in")
public class SignInEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(nullable = false)
    private String address;

    @Column(nullable = false)
    private boolean succeeded;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SignInEvent() {
        this.address = "";
        this.occurredAt = Instant.EPOCH;
    }

    public SignInEvent(@Nullable Long userId, String address, boolean succeeded, Instant occurredAt) {
        this.userId = userId;
        this.address = address;
        this.succeeded = succeeded;
        this.occurredAt = occurredAt;
    }

    public SignInRecord toRecord() {
        return new SignInRecord(occurredAt, address, succeeded);
    }
}
