package org.gigforge.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The double-entry rule holds whoever writes: the ledger refuses unbalanced legs before posting, and the database
 * refuses to commit an unbalanced transaction, an empty one, an entry in another currency than its account's, or
 * any change to posted history.
 */
@GigforgeTest
class LedgerInvariantsTest {

    @Autowired PaymentService payments;
    @Autowired Ledger ledger;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private TransactionTemplate inTransaction;
    private String contractRef;
    private long escrowId;
    private long revenueId;

    @BeforeEach
    void fundAContract() {
        inTransaction = new TransactionTemplate(transactionManager);
        String clientEmail = TestAccounts.uniqueEmail("ledger.client");
        var client = accounts.signUp(new SignUpRequest("Lee Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Lee Freelancer", TestAccounts.uniqueEmail("ledger.freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        contractRef = "ledger-" + System.nanoTime();
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund:" + contractRef), new EscrowRef(contractRef, client.id(), freelancer.id()),
                Money.ofMajor(100, "USD"), "Milestone 1");
        TestAccounts.signOut();
        escrowId = accountId("CONTRACT_ESCROW", contractRef);
        revenueId = accountId("PLATFORM_REVENUE", Ledger.PLATFORM);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_ledger_refuses_legs_that_do_not_sum_to_zero() {
        Currency usd = Currency.getInstance("USD");
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> ledger.post(IdempotencyKey.of("bad:" + contractRef),
                PaymentKind.RELEASE, contractRef, Money.ofMajor(10, "USD"), Money.ofMajor(0, "USD"), "", null, null, null,
                List.of(new Ledger.Leg(ledger.lockEscrow(contractRef).orElseThrow(), Money.ofMajor(-10, "USD")),
                        new Ledger.Leg(ledger.platformRevenue(usd), Money.ofMajor(9, "USD"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not balance");
        assertThatThrownBy(() -> Ledger.requireBalanced(List.of(
                new Ledger.Leg(new LedgerAccount(), Money.ofMajor(10, "USD")),
                new Ledger.Leg(new LedgerAccount(), Money.ofMajor(-10, "EUR")))))
                .as("each currency balances on its own").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ledger.requireBalanced(List.of(new Ledger.Leg(new LedgerAccount(), Money.ofMajor(0, "USD")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("select count(*) from ledger_transaction where idempotency_key = ?", Long.class,
                "bad:" + contractRef)).isZero();
    }

    @Test
    void the_database_refuses_to_commit_an_unbalanced_transaction() {
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            long transaction = insertTransaction("sql-unbalanced:" + contractRef);
            insertEntry(transaction, escrowId, "USD", -1_000);
            insertEntry(transaction, revenueId, "USD", 999);
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("does not balance");
        assertThat(transactionsWithKey("sql-unbalanced:" + contractRef)).isZero();
    }

    @Test
    void the_database_commits_a_balanced_transaction_written_by_hand() {
        inTransaction.executeWithoutResult(status -> {
            long transaction = insertTransaction("sql-balanced:" + contractRef);
            insertEntry(transaction, escrowId, "USD", -1_000);
            insertEntry(transaction, revenueId, "USD", 1_000);
        });
        assertThat(transactionsWithKey("sql-balanced:" + contractRef)).isOne();
    }

    @Test
    void the_database_refuses_a_transaction_without_entries_and_entries_in_a_foreign_currency() {
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> insertTransaction("sql-empty:" + contractRef)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("fewer than two entries");
        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> {
            long transaction = insertTransaction("sql-currency:" + contractRef);
            insertEntry(transaction, escrowId, "EUR", -1_000);
            insertEntry(transaction, revenueId, "EUR", 1_000);
        })).isInstanceOf(DataAccessException.class);
    }

    @Test
    void posted_history_cannot_be_changed_or_deleted() {
        assertThatThrownBy(() -> jdbc.update("update ledger_entry set amount_minor = amount_minor * 2 where account_id = ?",
                escrowId)).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from ledger_transaction where contract_ref = ?", contractRef))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private long accountId(String kind, String ownerRef) {
        Long id = jdbc.queryForObject("select id from ledger_account where kind = ? and owner_ref = ? and currency = 'USD'",
                Long.class, kind, ownerRef);
        return id == null ? 0 : id;
    }

    private long insertTransaction(String key) {
        Long id = jdbc.queryForObject("""
                insert into ledger_transaction (idempotency_key, kind, contract_ref, price_minor, fee_minor, currency, memo, posted_at)
                values (?, 'RELEASE', ?, 1000, 0, 'USD', 'by hand', now()) returning id""", Long.class, key, contractRef);
        return id == null ? 0 : id;
    }

    private void insertEntry(long transaction, long account, String currency, long amount) {
        jdbc.update("insert into ledger_entry (transaction_id, account_id, currency, amount_minor, posted_at) values (?, ?, ?, ?, now())",
                transaction, account, currency, amount);
    }

    private long transactionsWithKey(String key) {
        Long count = jdbc.queryForObject("select count(*) from ledger_transaction where idempotency_key = ?", Long.class, key);
        return count == null ? 0 : count;
    }
}
