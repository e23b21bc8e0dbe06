package org.gigforge.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;
import org.gigforge.payment.LedgerLine;
import org.gigforge.platform.Money;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One signed amount on one account: + money arrived in the account, − money left it. Never changed. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_id", nullable = false)
    private LedgerTransaction transaction;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private LedgerAccount account;

    @Column(nullable = false)
    private String currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected LedgerEntry() {
        this.currency = "";
        this.postedAt = Instant.EPOCH;
    }

    LedgerEntry(LedgerTransaction transaction, LedgerAccount account, Money amount) {
        if (!account.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("An entry is in its account's currency");
        }
        this.transaction = transaction;
        this.account = account;
        this.currency = amount.currency().getCurrencyCode();
        this.amountMinor = amount.minorUnits();
        this.postedAt = transaction.postedAt();
    }

    public LedgerAccount account() {
        return account;
    }

    public Money amount() {
        return new Money(amountMinor, Currency.getInstance(currency));
    }

    public LedgerLine line() {
        return new LedgerLine(id == null ? 0 : id, transaction.id(), transaction.kind(), account.kind(), account.ownerRef(),
                transaction.contractRef(), amount(), transaction.memo(), postedAt);
    }
}
