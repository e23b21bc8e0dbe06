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
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerTransactionId;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.Posting;
import org.gigforge.platform.Money;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One money command as posted: its idempotency key, what was asked (price and fee), and what the provider
 * answered. Its entries are {@link LedgerEntry} rows; the database refuses to commit them unless they balance.
 */
@Entity
@Immutable
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentKind kind;

    @Column(name = "contract_ref")
    private @Nullable String contractRef;

    @Column(name = "price_minor", nullable = false)
    private long priceMinor;

    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String memo;

    private @Nullable String provider;

    @Column(name = "provider_ref")
    private @Nullable String providerRef;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected LedgerTransaction() {
        this.idempotencyKey = "";
        this.kind = PaymentKind.FUND;
        this.currency = "";
        this.memo = "";
        this.postedAt = Instant.EPOCH;
    }

    LedgerTransaction(IdempotencyKey key, PaymentKind kind, @Nullable String contractRef, Money price, Money fee, String memo,
            @Nullable String provider, @Nullable String providerRef, @Nullable UserId actor, Instant postedAt) {
        this.idempotencyKey = key.value();
        this.kind = kind;
        this.contractRef = contractRef;
        this.priceMinor = price.minorUnits();
        this.feeMinor = fee.minorUnits();
        this.currency = price.currency().getCurrencyCode();
        this.memo = memo;
        this.provider = provider;
        this.providerRef = providerRef;
        this.actorId = actor == null ? null : actor.value();
        this.postedAt = postedAt;
    }

    public LedgerTransactionId id() {
        if (id == null) {
            throw new IllegalStateException("Transaction not saved yet");
        }
        return new LedgerTransactionId(id);
    }

    public PaymentKind kind() {
        return kind;
    }

    public @Nullable String contractRef() {
        return contractRef;
    }

    public String memo() {
        return memo;
    }

    public @Nullable String providerRef() {
        return providerRef;
    }

    public Money price() {
        return new Money(priceMinor, Currency.getInstance(currency));
    }

    public Money fee() {
        return new Money(feeMinor, Currency.getInstance(currency));
    }

    public Instant postedAt() {
        return postedAt;
    }

    /** True when a replay asks for the same thing the key first asked for. */
    public boolean sameCommand(PaymentKind kind, String contractRef, Money price) {
        return this.kind == kind && contractRef.equals(this.contractRef) && price().equals(price);
    }

    public Posting posting() {
        return new Posting(id(), new IdempotencyKey(idempotencyKey), kind, contractRef == null ? "" : contractRef, price(),
                fee(), providerRef, postedAt, memo);
    }
}
