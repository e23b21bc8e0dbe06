package org.gigforge.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.LedgerAccountKind;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One ledger account; made on first use by {@link Ledger}. It holds no balance: its entries do. */
@Entity
@Immutable
@Table(name = "ledger_account")
public class LedgerAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LedgerAccountKind kind;

    @Column(name = "owner_ref", nullable = false)
    private String ownerRef;

    @Column(nullable = false)
    private String currency;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "client_id")
    private @Nullable Long clientId;

    @Column(name = "freelancer_id")
    private @Nullable Long freelancerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerAccount() {
        this.kind = LedgerAccountKind.PLATFORM_REVENUE;
        this.ownerRef = "";
        this.currency = "";
        this.createdAt = Instant.EPOCH;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public LedgerAccountKind kind() {
        return kind;
    }

    public String ownerRef() {
        return ownerRef;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Optional<UserId> user() {
        return Optional.ofNullable(userId).map(UserId::new);
    }

    public Optional<UserId> client() {
        return Optional.ofNullable(clientId).map(UserId::new);
    }

    public Optional<UserId> freelancer() {
        return Optional.ofNullable(freelancerId).map(UserId::new);
    }

    /** True for the member who owns the account or is a party of the escrow. */
    public boolean concerns(UserId member) {
        long value = member.value();
        return Long.valueOf(value).equals(userId) || Long.valueOf(value).equals(clientId)
                || Long.valueOf(value).equals(freelancerId);
    }
}
