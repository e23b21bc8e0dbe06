package org.gigforge.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fund, release and refund through the ledger: balances, fees, idempotency, locking and who may read what. */
@GigforgeTest
class PaymentServiceTest {

    private static final AtomicLong CONTRACTS = new AtomicLong();

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void fund_then_release_pays_the_freelancer_the_price_less_the_fee_and_the_platform_both_fees() {
        var parties = newContract();
        Money price = Money.of(123_45, "EUR");
        var breakdown = fees.breakdown(price);

        TestAccounts.signInAs(users, parties.clientEmail());
        var funded = payments.fund(IdempotencyKey.of("fund:" + parties.ref().contractRef()), parties.ref(), price, "Milestone 1");
        assertThat(funded.kind()).isEqualTo(PaymentKind.FUND);
        assertThat(funded.fee()).isEqualTo(breakdown.clientFee());
        assertThat(funded.providerReference()).startsWith("demo_ch_");
        assertThat(payments.escrowBalance(parties.ref().contractRef())).contains(price);

        TestAccounts.signOut();
        var released = payments.release(IdempotencyKey.of("release:" + parties.ref().contractRef()),
                parties.ref().contractRef(), price, "Auto-release after 14 days");
        assertThat(released.fee()).isEqualTo(breakdown.freelancerFee());

        TestAccounts.signInAs(users, parties.freelancerEmail());
        assertThat(payments.escrowBalance(parties.ref().contractRef())).contains(Money.of(0, "EUR"));
        var earnings = payments.myEarnings();
        assertThat(earnings.available()).containsExactly(breakdown.freelancerReceives());
        assertThat(earnings.pending()).isEmpty();

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        var totals = totals(new LedgerFilter(null, parties.ref().contractRef(), null, null));
        assertThat(totals).containsEntry(LedgerAccountKind.PLATFORM_REVENUE, breakdown.platformKeeps())
                .containsEntry(LedgerAccountKind.FREELANCER_BALANCE, breakdown.freelancerReceives())
                .containsEntry(LedgerAccountKind.CONTRACT_ESCROW, Money.of(0, "EUR"))
                .containsEntry(LedgerAccountKind.CLIENT_FUNDING, negate(breakdown.clientPays()));
        assertThat(payments.contractPayments(parties.ref().contractRef())).hasSize(6)
                .extracting(LedgerLine::kind).startsWith(PaymentKind.RELEASE).endsWith(PaymentKind.FUND);
    }

    @Test
    void a_refund_returns_the_price_and_the_client_fee_to_the_client() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(200, "USD"), "Milestone 1");

        var refunded = payments.refund(IdempotencyKey.of("refund:" + ref), ref, Money.ofMajor(200, "USD"), "Cancelled");

        assertThat(refunded.fee()).isEqualTo(Money.ofMajor(10, "USD"));
        assertThat(refunded.providerReference()).startsWith("demo_re_");
        assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(0, "USD"));
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(totals(new LedgerFilter(null, ref, null, null))).allSatisfy((kind, total) -> assertThat(total.minorUnits())
                .as("%s after a full refund", kind).isZero());
    }

    @Test
    void partial_refunds_never_return_more_client_fee_than_was_charged() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        // 5 % of 0.20 is 0.01 charged; by the policy alone, refunding 0.10 twice would return 0.005 -> 0.01 each time.
        payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.of(20, "USD"), "Tiny");
        var first = payments.refund(IdempotencyKey.of("refund-1:" + ref), ref, Money.of(10, "USD"), "Half");
        var second = payments.refund(IdempotencyKey.of("refund-2:" + ref), ref, Money.of(10, "USD"), "Other half");
        assertThat(first.fee()).isEqualTo(Money.of(1, "USD"));
        assertThat(second.fee()).isEqualTo(Money.of(0, "USD"));
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(totals(new LedgerFilter(null, ref, null, null)).get(LedgerAccountKind.PLATFORM_REVENUE).minorUnits()).isZero();
    }

    @Test
    void an_escrow_never_goes_negative() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(100, "USD"), "Milestone 1");

        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release:" + ref), ref, Money.of(100_01, "USD"), ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("payment.escrow.insufficient");
        assertThatThrownBy(() -> payments.refund(IdempotencyKey.of("refund:" + ref), ref, Money.of(100_01, "USD"), ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("payment.escrow.insufficient");
        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release:never-funded"), "never-funded-" + ref,
                Money.ofMajor(1, "USD"), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("payment.escrow.insufficient");
        payments.release(IdempotencyKey.of("release-part:" + ref), ref, Money.ofMajor(60, "USD"), "Part");
        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release-rest:" + ref), ref, Money.ofMajor(41, "USD"), ""))
                .isInstanceOf(UserFacingException.class);
        assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(40, "USD"));
    }

    @Test
    void commands_refuse_nonsense_amounts_other_currencies_and_strangers_funding() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        assertThatThrownBy(() -> payments.fund(IdempotencyKey.of("fund-0:" + ref), parties.ref(), Money.of(0, "USD"), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("payment.price.positive");
        payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(10, "USD"), "");
        assertThatThrownBy(() -> payments.fund(IdempotencyKey.of("fund-eur:" + ref), parties.ref(), Money.ofMajor(10, "EUR"), ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("payment.currency.mismatch");
        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release-eur:" + ref), ref, Money.ofMajor(10, "EUR"), ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("payment.currency.mismatch");

        TestAccounts.signInAs(users, parties.freelancerEmail());
        assertThatThrownBy(() -> payments.fund(IdempotencyKey.of("fund-by-freelancer:" + ref), parties.ref(),
                Money.ofMajor(10, "USD"), "")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("payment.fund.not-client");
        TestAccounts.signOut();
        assertThatThrownBy(() -> payments.fund(IdempotencyKey.of("fund-anonymous:" + ref), parties.ref(),
                Money.ofMajor(10, "USD"), "")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_same_key_twice_posts_once_and_answers_the_same() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        var key = IdempotencyKey.of("fund:" + ref);
        var first = payments.fund(key, parties.ref(), Money.ofMajor(50, "USD"), "Milestone 1");
        var again = payments.fund(key, parties.ref(), Money.ofMajor(50, "USD"), "Milestone 1 (double click)");
        assertThat(again).isEqualTo(first);
        assertThat(transactionsWith(key)).isEqualTo(1);
        assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(50, "USD"));

        var release = IdempotencyKey.of("release:" + ref);
        var released = payments.release(release, ref, Money.ofMajor(50, "USD"), "");
        assertThat(payments.release(release, ref, Money.ofMajor(50, "USD"), "")).isEqualTo(released);
        assertThatThrownBy(() -> payments.release(release, ref, Money.ofMajor(20, "USD"), ""))
                .as("a key names one command").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_same_key_from_parallel_threads_posts_once() throws Exception {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        var key = IdempotencyKey.of("fund:" + ref);
        List<Posting> results = inParallel(6, () -> {
            TestAccounts.signInAs(users, parties.clientEmail());
            try {
                return payments.fund(key, parties.ref(), Money.ofMajor(75, "USD"), "Milestone 1");
            } finally {
                TestAccounts.signOut();
            }
        }).stream().map(PaymentServiceTest::value).toList();

        assertThat(results).hasSize(6).allSatisfy(p -> assertThat(p).isEqualTo(results.getFirst()));
        assertThat(transactionsWith(key)).isEqualTo(1);
        TestAccounts.signInAs(users, parties.clientEmail());
        assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(75, "USD"));
    }

    @Test
    void of_two_parallel_releases_of_the_whole_escrow_exactly_one_succeeds() throws Exception {
        for (int round = 0; round < 3; round++) {
            var parties = newContract();
            String ref = parties.ref().contractRef();
            TestAccounts.signInAs(users, parties.clientEmail());
            payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(300, "USD"), "Milestone 1");
            TestAccounts.signOut();

            var thread = new AtomicLong();
            List<Outcome<Posting>> outcomes = inParallel(2, () -> payments.release(
                    IdempotencyKey.of("release-" + thread.incrementAndGet() + ":" + ref), ref, Money.ofMajor(300, "USD"),
                    "Approved"));

            assertThat(outcomes.stream().filter(o -> o instanceof Outcome.Done).count()).isEqualTo(1);
            assertThat(outcomes.stream().filter(o -> o instanceof Outcome.Failed).toList()).singleElement()
                    .satisfies(o -> assertThat(((Outcome.Failed<?>) o).error())
                            .isInstanceOf(UserFacingException.class).hasMessageContaining("payment.escrow.insufficient"));
            TestAccounts.signInAs(users, parties.freelancerEmail());
            assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(0, "USD"));
            assertThat(payments.myEarnings().available()).containsExactly(Money.ofMajor(270, "USD"));
            TestAccounts.signOut();
        }
    }

    @Test
    void only_the_parties_and_admins_read_a_contracts_money() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(80, "USD"), "Milestone 1");
        assertThat(payments.contractPayments(ref)).hasSize(3);

        TestAccounts.signInAs(users, parties.freelancerEmail());
        assertThat(payments.contractPayments(ref)).hasSize(3);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(payments.escrowBalance(ref)).contains(Money.ofMajor(80, "USD"));

        TestAccounts.signInAs(users, newMember("stranger", Role.FREELANCER).email());
        assertThatThrownBy(() -> payments.contractPayments(ref)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("payment.contract.not-allowed");
        assertThatThrownBy(() -> payments.escrowBalance(ref)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("payment.contract.not-allowed");
        assertThatThrownBy(() -> payments.ledgerLines(LedgerFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> payments.contractPayments(ref)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_freelancer_reads_only_their_own_earnings() {
        var mine = newContract();
        String ref = mine.ref().contractRef();
        TestAccounts.signInAs(users, mine.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + ref), mine.ref(), Money.ofMajor(100, "USD"), "Milestone 1");
        payments.fund(IdempotencyKey.of("fund-2:" + ref), mine.ref(), Money.ofMajor(50, "USD"), "Milestone 2");
        payments.release(IdempotencyKey.of("release:" + ref), ref, Money.ofMajor(100, "USD"), "Approved");

        TestAccounts.signInAs(users, mine.freelancerEmail());
        var earnings = payments.myEarnings();
        assertThat(earnings.available()).containsExactly(Money.ofMajor(90, "USD"));
        assertThat(earnings.pending()).containsExactly(Money.ofMajor(50, "USD"));
        assertThat(payments.countMyEarningsHistory()).isEqualTo(4);
        var history = payments.myEarningsHistory(PageRequest.of(0, 10));
        assertThat(history).extracting(LedgerLine::amount).containsExactly(Money.ofMajor(90, "USD"),
                Money.ofMajor(-100, "USD"), Money.ofMajor(50, "USD"), Money.ofMajor(100, "USD"));
        assertThat(payments.myEarningsHistory(PageRequest.of(1, 3))).singleElement()
                .satisfies(line -> assertThat(line.memo()).isEqualTo("Milestone 1"));

        TestAccounts.signInAs(users, newMember("other.freelancer", Role.FREELANCER).email());
        assertThat(payments.myEarningsHistory(PageRequest.of(0, 100))).isEmpty();
        assertThat(payments.countMyEarningsHistory()).isZero();
        assertThat(payments.myEarnings().available()).isEmpty();
        TestAccounts.signInAs(users, mine.clientEmail());
        assertThatThrownBy(() -> payments.myEarningsHistory(PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void admins_filter_the_ledger_by_member_contract_and_date() {
        var parties = newContract();
        String ref = parties.ref().contractRef();
        TestAccounts.signInAs(users, parties.clientEmail());
        var funded = payments.fund(IdempotencyKey.of("fund:" + ref), parties.ref(), Money.ofMajor(40, "GBP"), "Milestone 1");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(payments.countLedgerLines(new LedgerFilter(null, ref, null, null))).isEqualTo(3);
        assertThat(payments.ledgerLines(new LedgerFilter(parties.client(), null, null, null), PageRequest.of(0, 10)))
                .extracting(LedgerLine::account)
                .containsExactlyInAnyOrder(LedgerAccountKind.CLIENT_FUNDING, LedgerAccountKind.CONTRACT_ESCROW);
        assertThat(payments.countLedgerLines(new LedgerFilter(null, ref, funded.postedAt().plusSeconds(1), null))).isZero();
        assertThat(payments.countLedgerLines(new LedgerFilter(null, ref, funded.postedAt(), funded.postedAt().plusSeconds(1))))
                .isEqualTo(3);
        assertThat(payments.countLedgerLines(new LedgerFilter(null, ref, null, funded.postedAt()))).isZero();
    }

    @Test
    void the_whole_ledger_sums_to_zero_in_every_currency() {
        var parties = newContract();
        TestAccounts.signInAs(users, parties.clientEmail());
        payments.fund(IdempotencyKey.of("fund:" + parties.ref().contractRef()), parties.ref(), Money.of(999, "CHF"), "");
        assertThat(jdbc.queryForList("select currency, sum(amount_minor) as total from ledger_entry group by currency"))
                .isNotEmpty().allSatisfy(row -> assertThat(((Number) row.get("total")).longValue()).isZero());
    }

    @Test
    void demo_mode_is_on_by_default() {
        assertThat(payments.demoMode()).isTrue();
    }

    // --- helpers

    record Member(UserId id, String email) {}

    record Contract(EscrowRef ref, String clientEmail, String freelancerEmail) {
        UserId client() {
            return ref.client();
        }
    }

    private Contract newContract() {
        var client = newMember("client", Role.CLIENT);
        var freelancer = newMember("freelancer", Role.FREELANCER);
        String ref = "contract-" + System.nanoTime() + "-" + CONTRACTS.incrementAndGet();
        return new Contract(new EscrowRef(ref, client.id(), freelancer.id()), client.email(), freelancer.email());
    }

    private Member newMember(String prefix, Role role) {
        String email = TestAccounts.uniqueEmail(prefix);
        var account = accounts.signUp(new SignUpRequest("Pat " + prefix, email, "copper kettle mountain", role));
        return new Member(account.id(), email);
    }

    private long transactionsWith(IdempotencyKey key) {
        Long count = jdbc.queryForObject("select count(*) from ledger_transaction where idempotency_key = ?", Long.class,
                key.value());
        return count == null ? 0 : count;
    }

    private Map<LedgerAccountKind, Money> totals(LedgerFilter filter) {
        return payments.ledgerTotals(filter).stream().collect(Collectors.toMap(LedgerTotal::kind, LedgerTotal::total));
    }

    private static Money negate(Money money) {
        return new Money(-money.minorUnits(), money.currency());
    }

    sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {}

        record Failed<T>(Throwable error) implements Outcome<T> {}
    }

    private static <T> T value(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Failed<T> failed -> throw new AssertionError("A thread failed", failed.error());
        };
    }

    /** Runs the task on that many threads, released at the same moment by a latch; collects each outcome. */
    private static <T> List<Outcome<T>> inParallel(int threads, Callable<T> task) throws Exception {
        var ready = new CountDownLatch(threads);
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Outcome<T>>>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome.Done<>(task.call());
                    } catch (Exception | AssertionError e) {
                        return new Outcome.Failed<>(e);
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            var outcomes = new ArrayList<Outcome<T>>();
            for (var future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
