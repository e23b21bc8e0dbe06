package org.gigforge.payment.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Types;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerTotal;
import org.gigforge.payment.PaymentKind;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's mechanics, below the rules of {@code PaymentService}: accounts made on first use, the
 * idempotency lock, the escrow row lock, balances as sums, and posting balanced transactions. Every method
 * runs inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Ledger {

    /** The owner reference of the platform's own revenue accounts. */
    static final String PLATFORM = "platform";

    /** One signed amount for one account, before it is posted. */
    public record Leg(LedgerAccount account, Money amount) {}

    private final LedgerAccountRepository accounts;
    private final LedgerTransactionRepository transactions;
    private final LedgerEntryRepository entries;
    private final JdbcClient jdbc;
    private final Clock clock;

    @PersistenceContext
    private @Nullable EntityManager entityManager;

    Ledger(LedgerAccountRepository accounts, LedgerTransactionRepository transactions, LedgerEntryRepository entries,
            JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Serialises every command with this key, on every node, until the transaction ends: a second caller waits,
     * then finds the first one's transaction. (Keys whose hashes collide merely wait for each other.) The unique
     * constraint on the key stays as the last line of defence.
     */
    public void lock(IdempotencyKey key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(key.value()).query(rs -> {});
    }

    public Optional<LedgerTransaction> find(IdempotencyKey key) {
        return transactions.findByIdempotencyKey(key.value());
    }

    public LedgerAccount clientFunding(UserId client, Currency currency) {
        return account(LedgerAccountKind.CLIENT_FUNDING, client.toString(), currency, client.value(), null, null);
    }

    public LedgerAccount subscriber(UserId member, Currency currency) {
        return account(LedgerAccountKind.SUBSCRIBER, member.toString(), currency, member.value(), null, null);
    }

    public LedgerAccount freelancerBalance(UserId freelancer, Currency currency) {
        return account(LedgerAccountKind.FREELANCER_BALANCE, freelancer.toString(), currency, freelancer.value(), null, null);
    }

    public LedgerAccount platformRevenue(Currency currency) {
        return account(LedgerAccountKind.PLATFORM_REVENUE, PLATFORM, currency, null, null, null);
    }

    public LedgerAccount providerClearing(String provider, Currency currency) {
        return account(LedgerAccountKind.PROVIDER_CLEARING, provider, currency, null, null, null);
    }

    public LedgerAccount providerFees(String provider, Currency currency) {
        return account(LedgerAccountKind.PROVIDER_FEES, provider, currency, null, null, null);
    }

    /**
     * The contract's escrow, made on first funding with its parties and currency. A contract is paid in one
     * currency and keeps its parties: a funding that disagrees is refused.
     */
    public LedgerAccount escrow(EscrowRef contract, Currency currency) {
        LedgerAccount escrow = account(LedgerAccountKind.CONTRACT_ESCROW, contract.contractRef(), currency, null,
                contract.client().value(), contract.freelancer().value());
        if (!escrow.currency().equals(currency)) {
            throw new UserFacingException("payment.currency.mismatch", (Object) escrow.currency().getCurrencyCode());
        }
        if (!escrow.client().orElseThrow().equals(contract.client())
                || !escrow.freelancer().orElseThrow().equals(contract.freelancer())) {
            throw new IllegalArgumentException("The escrow of " + contract.contractRef() + " has other parties");
        }
        return escrow;
    }

    public Optional<LedgerAccount> findEscrow(String contractRef) {
        return accounts.findEscrow(contractRef);
    }

    /** The escrow with its row locked ({@code select … for update}) until the transaction ends. */
    public Optional<LedgerAccount> lockEscrow(String contractRef) {
        return accounts.lockEscrow(contractRef);
    }

    /**
     * The freelancer's balance account, its row locked ({@code select … for update}) until the transaction ends:
     * payouts of the same balance (a weekly run, a request, a double click) queue here and each sees what the
     * one before left.
     */
    public LedgerAccount lockFreelancerBalance(UserId freelancer, Currency currency) {
        LedgerAccount account = freelancerBalance(freelancer, currency);
        jdbc.sql("select id from ledger_account where id = ? for update").param(account.id()).query(Long.class).single();
        return account;
    }

    /** The newest entry of the account (0 when it has none): changes with every posting that touches it. */
    public long lastEntryId(LedgerAccount account) {
        return jdbc.sql("select coalesce(max(id), 0) from ledger_entry where account_id = ?").param(account.id())
                .query(Long.class).single();
    }

    /** The account's balance: the sum of its entries, as committed (plus this transaction's own). */
    public Money balance(LedgerAccount account) {
        return new Money(entries.balance(account), account.currency());
    }

    /** The client fees the contract's fundings charged and its refunds have not yet returned. */
    public long clientFeesHeld(String contractRef) {
        return transactions.sumFees(contractRef, PaymentKind.FUND) - transactions.sumFees(contractRef, PaymentKind.REFUND);
    }

    public List<String> chargeReferences(String contractRef) {
        return transactions.chargeReferences(contractRef);
    }

    /**
     * Posts one transaction. Refuses (before the database would, at commit) legs that do not sum to zero in
     * each currency, or fewer than two; legs of nothing are left out.
     */
    public LedgerTransaction post(IdempotencyKey key, PaymentKind kind, @Nullable String contractRef, Money price, Money fee,
            String memo, @Nullable String provider, @Nullable String providerRef, @Nullable UserId actor, List<Leg> legs) {
        List<Leg> posted = legs.stream().filter(leg -> leg.amount().minorUnits() != 0).toList();
        requireBalanced(posted);
        // The database keeps microseconds: a replay must answer with exactly the time the first answer had.
        var transaction = transactions.save(new LedgerTransaction(key, kind, contractRef, price, fee, memo, provider,
                providerRef, actor, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        entries.saveAll(posted.stream().map(leg -> new LedgerEntry(transaction, leg.account(), leg.amount())).toList());
        return transaction;
    }

    /** The double-entry rule: every currency's amounts sum to zero, so money only moves. */
    static void requireBalanced(List<Leg> legs) {
        if (legs.size() < 2) {
            throw new IllegalArgumentException("A ledger transaction moves money between at least two accounts");
        }
        Map<Currency, Long> sums = new HashMap<>();
        for (Leg leg : legs) {
            sums.merge(leg.amount().currency(), leg.amount().minorUnits(), Math::addExact);
        }
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new IllegalArgumentException("Ledger legs do not balance: " + sum + " minor units of " + currency);
            }
        });
    }

    /** Per account kind and currency, the sum of the entries that match. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<LedgerTotal> totals(Specification<LedgerEntry> which) {
        EntityManager em = java.util.Objects.requireNonNull(entityManager);
        var cb = em.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(LedgerEntry.class);
        var kind = root.get("account").<LedgerAccountKind>get("kind");
        var currency = root.<String>get("currency");
        var sum = cb.sum(root.<Long>get("amountMinor"));
        var where = which.toPredicate(root, query, cb);
        query.multiselect(kind, currency, sum).groupBy(kind, currency).orderBy(cb.asc(kind), cb.asc(currency));
        if (where != null) {
            query.where(where);
        }
        var totals = new ArrayList<LedgerTotal>();
        for (Tuple row : em.createQuery(query).getResultList()) {
            totals.add(new LedgerTotal(row.get(0, LedgerAccountKind.class),
                    new Money(row.get(2, Long.class), Currency.getInstance(row.get(1, String.class)))));
        }
        return totals;
    }

    /** Finds the account, making it first if needed; two callers making it at once get the same row. */
    private LedgerAccount account(LedgerAccountKind kind, String ownerRef, Currency currency, @Nullable Long userId,
            @Nullable Long clientId, @Nullable Long freelancerId) {
        String code = currency.getCurrencyCode();
        return accounts.find(kind, ownerRef, code).orElseGet(() -> {
            jdbc.sql("""
                    insert into ledger_account (kind, owner_ref, currency, user_id, client_id, freelancer_id, created_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(kind.name(), ownerRef, code, new SqlParameterValue(Types.BIGINT, userId),
                            new SqlParameterValue(Types.BIGINT, clientId), new SqlParameterValue(Types.BIGINT, freelancerId),
                            new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, java.time.OffsetDateTime.now(clock)))
                    .update();
            return accounts.find(kind, ownerRef, code)
                    // Only an escrow can conflict on something else: the contract's escrow in another currency.
                    .or(() -> kind == LedgerAccountKind.CONTRACT_ESCROW ? accounts.findEscrow(ownerRef) : Optional.empty())
                    .orElseThrow();
        });
    }
}
