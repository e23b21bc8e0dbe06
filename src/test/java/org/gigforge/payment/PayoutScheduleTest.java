package org.gigforge.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Currency;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.payment.internal.Payouts;
import org.gigforge.payment.internal.WeeklyPayouts;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Payout schedules with the demo provider: the weekly run pays each balance out once a week, a payout on request
 * needs the minimum, nobody reaches another freelancer's payouts, and the ledger sums to zero after each scenario.
 */
@GigforgeTest
class PayoutScheduleTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Autowired PaymentService payments;
    @Autowired PayoutService payouts;
    @Autowired WeeklyPayouts weekly;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;
    @Autowired Payouts internal;

    @AfterEach
    void cleanUp() {
        TestAccounts.signOut();
        LedgerChecks.assertBalanced(jdbc);
    }

    @Test
    void the_weekly_run_pays_out_the_available_balance_once_a_week() {
        var deal = deal();
        Money earned = release(deal, Money.ofMajor(300, "USD"));
        String week = internal.currentWeek();

        assertThat(weekly.run()).isPositive();
        assertThat(weekly.run()).as("the second run of the week finds nothing due").isZero();
        assertThat(payoutsOf(deal.freelancer())).isOne();
        assertThat(balance(deal.freelancer())).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from ledger_transaction where kind = 'PAYOUT' and idempotency_key = ?""", Long.class,
                "payout:weekly:" + deal.freelancer().value() + ":USD:" + week)).isOne();

        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payouts.mySchedule()).isEqualTo(PayoutSchedule.WEEKLY);
        var first = payouts.myPayouts(PageRequest.of(0, 10));
        assertThat(first).singleElement().satisfies(payout -> {
            assertThat(payout.amount()).isEqualTo(earned);
            assertThat(payout.state()).as("the demo provider pays at once").isEqualTo(PayoutState.PAID);
            assertThat(payout.provider()).isEqualTo("demo");
        });
        assertThat(payments.myEarnings().available()).isEmpty();
        TestAccounts.signOut();

        // Money released later in the week waits for next week: this week's payout is made already.
        Money more = release(deal, Money.ofMajor(100, "USD"));
        assertThat(internal.payOutWeekly(deal.freelancer().value(), "USD", week)).contains(first.getFirst());
        assertThat(payoutsOf(deal.freelancer())).isOne();
        assertThat(balance(deal.freelancer())).isEqualTo(more.minorUnits());

        var nextWeek = LocalDate.now(ZoneOffset.UTC).plusWeeks(1);
        String next = "%d-W%02d".formatted(nextWeek.get(IsoFields.WEEK_BASED_YEAR),
                nextWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertThat(internal.payOutWeekly(deal.freelancer().value(), "USD", next)).get()
                .extracting(Payout::amount).isEqualTo(more);
        assertThat(internal.payOutWeekly(deal.freelancer().value(), "USD", next)).isPresent();
        assertThat(payoutsOf(deal.freelancer())).isEqualTo(2);
        assertThat(balance(deal.freelancer())).isZero();
    }

    @Test
    void a_payout_on_request_needs_the_minimum_and_is_made_once() {
        var deal = deal();
        Money little = release(deal, Money.ofMajor(40, "USD"));
        TestAccounts.signInAs(users, deal.freelancerEmail());

        // On the weekly schedule there is nothing to ask for.
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(UserFacingException.class)
                .hasMessage("payouts.request.weekly");
        payouts.changeMySchedule(PayoutSchedule.ON_REQUEST);
        assertThat(payouts.mySchedule()).isEqualTo(PayoutSchedule.ON_REQUEST);

        assertThat(payouts.myBalances()).singleElement().satisfies(balance -> {
            assertThat(balance.available()).isEqualTo(little);
            assertThat(balance.minimum()).isEqualTo(Money.of(50_00, "USD"));
            assertThat(balance.requestable()).isFalse();
        });
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(UserFacingException.class)
                .hasMessage("payouts.below-minimum [50.00, USD]");
        assertThat(balance(deal.freelancer())).isEqualTo(little.minorUnits());
        assertThat(payoutsOf(deal.freelancer())).isZero();

        // The weekly run leaves balances on request alone.
        weekly.run();
        assertThat(balance(deal.freelancer())).isEqualTo(little.minorUnits());

        Money more = release(deal, Money.ofMajor(100, "USD"));
        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payouts.myBalances()).singleElement().extracting(PayoutBalance::requestable).isEqualTo(true);
        var payout = payouts.payOutNow(USD);
        assertThat(payout.amount()).isEqualTo(little.plus(more));
        assertThat(balance(deal.freelancer())).isZero();

        // A second click finds nothing left to pay out; nothing is paid twice.
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(UserFacingException.class)
                .hasMessage("payouts.below-minimum [50.00, USD]");
        assertThat(payoutsOf(deal.freelancer())).isOne();
        assertThat(payouts.myPayouts(PageRequest.of(0, 10))).containsExactly(payout);
        assertThat(payouts.myBalances()).isEmpty();
    }

    @Test
    void two_requests_at_once_pay_out_once() throws Exception {
        var deal = deal();
        Money earned = release(deal, Money.ofMajor(500, "USD"));
        internal.schedule(deal.freelancer(), PayoutSchedule.ON_REQUEST);

        // Two requests at once (the page's button disables itself; two tabs do not). A request that saw the balance
        // before the other paid it out names the same command and gets that payout back; one that saw it after finds
        // nothing left and says so. Either way the money goes out once.
        var start = new CountDownLatch(1);
        var answers = new java.util.ArrayList<Object>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Object> click = () -> {
                start.await();
                try {
                    return internal.request(deal.freelancer(), USD);
                } catch (UserFacingException refused) {
                    return refused.messageKey();
                }
            };
            var first = pool.submit(click);
            var second = pool.submit(click);
            start.countDown();
            answers.add(first.get(30, TimeUnit.SECONDS));
            answers.add(second.get(30, TimeUnit.SECONDS));
        }
        var paid = answers.stream().filter(Payout.class::isInstance).distinct().toList();
        assertThat(paid).hasSize(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isIn(paid.getFirst(), "payouts.below-minimum"));
        assertThat(payoutsOf(deal.freelancer())).isOne();
        assertThat(balance(deal.freelancer())).isZero();
        assertThat(jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
                join ledger_account a on a.id = e.account_id
                where t.kind = 'PAYOUT' and a.kind = 'FREELANCER_BALANCE' and a.user_id = ?""", Long.class,
                deal.freelancer().value())).isEqualTo(-earned.minorUnits());
    }

    @Test
    void nobody_sees_or_triggers_another_freelancers_payouts() {
        var deal = deal();
        release(deal, Money.ofMajor(300, "USD"));
        TestAccounts.signInAs(users, deal.freelancerEmail());
        payouts.changeMySchedule(PayoutSchedule.ON_REQUEST);

        // Another freelancer only ever reaches their own (empty) payouts and balance.
        String otherEmail = TestAccounts.uniqueEmail("payouts.other");
        accounts.signUp(new SignUpRequest("Olga Other", otherEmail, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, otherEmail);
        assertThat(payouts.myBalances()).isEmpty();
        assertThat(payouts.myPayouts(PageRequest.of(0, 10))).isEmpty();
        assertThat(payouts.countMyPayouts()).isZero();
        payouts.changeMySchedule(PayoutSchedule.ON_REQUEST);
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(UserFacingException.class)
                .hasMessage("payouts.below-minimum [50.00, USD]");
        assertThat(balance(deal.freelancer())).isPositive();
        assertThat(payoutsOf(deal.freelancer())).isZero();

        // A client is not a freelancer at all.
        TestAccounts.signInAs(users, deal.clientEmail());
        assertThatThrownBy(() -> payouts.myPayouts(PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> payouts.changeMySchedule(PayoutSchedule.WEEKLY))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> payouts.myBalances()).isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> payouts.payOutNow(USD)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(balance(deal.freelancer())).isPositive();
        assertThat(payoutsOf(deal.freelancer())).isZero();
    }

    // --- helpers

    record Deal(EscrowRef ref, String clientEmail, String freelancerEmail) {
        UserId freelancer() {
            return ref.freelancer();
        }
    }

    private Deal deal() {
        String clientEmail = TestAccounts.uniqueEmail("payouts.client");
        var client = accounts.signUp(new SignUpRequest("Ana Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        String freelancerEmail = TestAccounts.uniqueEmail("payouts.freelancer");
        var freelancer = accounts.signUp(new SignUpRequest("Ben Freelancer", freelancerEmail, "copper kettle mountain",
                Role.FREELANCER));
        return new Deal(new EscrowRef("payouts-" + System.nanoTime(), client.id(), freelancer.id()), clientEmail,
                freelancerEmail);
    }

    /** Funds and releases the price; returns what reached the freelancer's balance. */
    private Money release(Deal deal, Money price) {
        TestAccounts.signInAs(users, deal.clientEmail());
        String n = String.valueOf(System.nanoTime());
        payments.fund(IdempotencyKey.of("fund:" + n), deal.ref(), price, "Work");
        payments.release(IdempotencyKey.of("release:" + n), deal.ref().contractRef(), price, "Approved");
        TestAccounts.signOut();
        return fees.breakdown(price).freelancerReceives();
    }

    private long balance(UserId freelancer) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                where a.kind = 'FREELANCER_BALANCE' and a.user_id = ?""", Long.class, freelancer.value());
        return sum == null ? 0 : sum;
    }

    private long payoutsOf(UserId freelancer) {
        Long count = jdbc.queryForObject("select count(*) from payment_payout where freelancer_id = ?", Long.class,
                freelancer.value());
        return count == null ? 0 : count;
    }
}
