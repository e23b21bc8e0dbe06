package org.gigforge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.HourlyFixtures.HourlyDeal;
import org.gigforge.job.JobService;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.ProposalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Hourly work with a clock the test moves: who logs what when, the weekly cap, and the billing job (billed once,
 * the right money in escrow, released after the review window unless disputed, missed runs caught up).
 */
@GigforgeTest
@RecordApplicationEvents
class TimesheetServiceTest {

    /** Wednesday of ISO week 2030-W02 (Monday 7 to Sunday 13 January 2030). */
    private static final Instant WEDNESDAY = Instant.parse("2030-01-09T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.parse("2030-01-07");

    @Autowired TimesheetService timesheets;
    @Autowired ContractService contracts;
    @Autowired PaymentService payments;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestAccounts.signOut();
    }

    private HourlyDeal contract(long rate, int cap, Instant startedAt) {
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, rate, cap, startedAt);
        clock.set(startedAt);
        return deal;
    }

    private static TimeEntryDraft draft(LocalDate day, int minutes, String memo) {
        return new TimeEntryDraft(day, minutes, memo);
    }

    private static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    private static InvalidInputException.Problem problem(Throwable e) {
        return ((InvalidInputException) e).problems().getFirst();
    }

    /** The billing job, as it runs every hour (nobody signed in). */
    private void runBillingJob() {
        TestAccounts.signOut();
        timesheets.billEndedWeeks();
        timesheets.releaseReviewedWeeks();
    }

    private long ledgerCount(ContractId contract, PaymentKind kind) {
        Long count = jdbc.queryForObject("select count(*) from ledger_transaction where contract_ref = ? and kind = ?",
                Long.class, "contract-" + contract, kind.name());
        return count == null ? 0 : count;
    }

    @Test
    void time_is_logged_within_the_weekly_cap_and_going_over_says_what_is_left() {
        var deal = contract(40, 10, WEDNESDAY);
        TestAccounts.signInAs(users, deal.freelancer());
        LocalDate wednesday = MONDAY.plusDays(2);

        var sheet = timesheets.logTime(deal.contract(), draft(wednesday, 6 * 60, "Checkout page: fixed the rounding of VAT"));
        sheet = timesheets.logTime(deal.contract(), draft(wednesday, 3 * 60 + 30, "Product import from the supplier's CSV"));
        assertThat(sheet.current().minutes()).isEqualTo(9 * 60 + 30);
        assertThat(sheet.minutesLeft()).isEqualTo(30);
        assertThat(sheet.current().entries()).hasSize(2);
        assertThat(sheet.current().fees().price()).isEqualTo(Money.ofMajor(380, "USD"));
        assertThat(sheet.canLog()).isTrue();
        assertThat(sheet.firstLoggable()).as("the contract started on Wednesday").isEqualTo(wednesday);

        assertThatThrownBy(() -> timesheets.logTime(deal.contract(), draft(wednesday, 60, "One more hour")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("minutes");
                    assertThat(e.messageKey()).isEqualTo("time.cap.exceeded");
                    assertThat(e.arguments()).containsExactly(10, "0:30");
                });
        // An edit counts without the entry it replaces: 6:00 becomes 6:30, exactly the cap.
        var six = sheet.current().entries().stream().filter(e -> e.minutes() == 360).findFirst().orElseThrow();
        sheet = timesheets.editTime(six.id(), draft(wednesday, 6 * 60 + 30, "Checkout page: VAT rounding and tests"));
        assertThat(sheet.current().minutes()).isEqualTo(600);
        assertThat(sheet.minutesLeft()).isZero();
        assertThatThrownBy(() -> timesheets.logTime(deal.contract(), draft(wednesday, 15, "A quick call")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.cap.reached"));
        sheet = timesheets.deleteTime(six.id());
        assertThat(sheet.current().minutes()).isEqualTo(210);
        assertThat(sheet.current().entries()).singleElement().satisfies(e -> {
            assertThat(e.memo()).isEqualTo("Product import from the supplier's CSV");
            assertThat(e.workDate()).isEqualTo(wednesday);
        });
    }

    @Test
    void durations_memos_and_days_are_checked() {
        var deal = contract(40, 40, WEDNESDAY);
        TestAccounts.signInAs(users, deal.freelancer());
        LocalDate wednesday = MONDAY.plusDays(2);
        ContractId id = deal.contract();

        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(wednesday, 14, "Too short")))).messageKey())
                .isEqualTo("time.minutes.range");
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(wednesday, 24 * 60 + 1, "Too long")))).messageKey())
                .isEqualTo("time.minutes.range");
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(wednesday, 60, "  ")))))
                .satisfies(p -> assertThat(p.field()).isEqualTo("memo"));
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(wednesday, 60, "x".repeat(501)))))
                .messageKey()).isEqualTo("time.memo.too-long");
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, new TimeEntryDraft(null, null, "Work")))).field())
                .isIn("workDate", "minutes");
        timesheets.logTime(id, draft(wednesday, 24 * 60, "A whole day, to the minute allowed"));
        timesheets.logTime(id, draft(wednesday, 17, "Seventeen minutes: billed to the minute"));

        // Days: not before the contract began, not in an earlier week, not a day that has not begun anywhere.
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(MONDAY.plusDays(1), 60, "Tuesday")))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("workDate");
                    assertThat(p.messageKey()).isEqualTo("time.date.before-start");
                });
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(MONDAY.minusDays(1), 60, "Last Sunday"))))
                .messageKey()).isEqualTo("time.date.week-closed");
        assertThat(problem(catchThrowable(() -> timesheets.logTime(id, draft(MONDAY.plusDays(4), 60, "Friday"))))
                .messageKey()).isEqualTo("time.date.future");
        // At 10:00 UTC on Wednesday it is already Thursday in UTC+14: a freelancer there may log their today.
        timesheets.logTime(id, draft(MONDAY.plusDays(3), 60, "Thursday morning in Kiritimati"));
        assertThat(timesheets.timesheet(id).lastLoggable()).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void only_the_contracts_freelancer_logs_and_only_while_it_is_active() {
        var deal = contract(40, 40, WEDNESDAY);
        LocalDate wednesday = MONDAY.plusDays(2);
        ContractId id = deal.contract();
        TestAccounts.signInAs(users, deal.freelancer());
        var entry = timesheets.logTime(id, draft(wednesday, 90, "Fixed the search")).current().entries().getFirst();

        TestAccounts.signInAs(users, deal.client());
        assertThatThrownBy(() -> timesheets.logTime(id, draft(wednesday, 60, "The client logs")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(timesheets.timesheet(id).current().entries()).as("the client reads the time").hasSize(1);
        assertThat(timesheets.timesheet(id).canLog()).isFalse();

        String other = TestAccounts.uniqueEmail("other.freelancer");
        accounts.signUp(new SignUpRequest("Otto Other", other, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, other);
        assertThatThrownBy(() -> timesheets.logTime(id, draft(wednesday, 60, "Not my contract")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contract.not-found"));
        assertThatThrownBy(() -> timesheets.editTime(entry.id(), draft(wednesday, 60, "Not mine")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contract.not-found"));
        assertThatThrownBy(() -> timesheets.deleteTime(entry.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contract.not-found"));
        assertThatThrownBy(() -> timesheets.timesheet(id)).satisfies(e -> assertThat(key(e)).isEqualTo("contract.not-found"));

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(timesheets.timesheet(id).current().minutes()).isEqualTo(90);

        // Paused: nothing is logged, changed or deleted; resumed, it goes on.
        TestAccounts.signInAs(users, deal.client());
        contracts.pause(id, true);
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> timesheets.logTime(id, draft(wednesday, 60, "While paused")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.contract-not-active"));
        assertThatThrownBy(() -> timesheets.deleteTime(entry.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.contract-not-active"));
        assertThat(timesheets.timesheet(id).canLog()).isFalse();
        TestAccounts.signInAs(users, deal.client());
        contracts.pause(id, false);
        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(timesheets.logTime(id, draft(wednesday, 60, "Resumed")).current().minutes()).isEqualTo(150);

        // A fixed-price contract tracks no time.
        var fixed = org.gigforge.review.ReviewFixtures.runningContract(users, accounts, jobs, proposals, contracts);
        TestAccounts.signInAs(users, fixed.freelancer());
        assertThatThrownBy(() -> timesheets.logTime(fixed.contract().id(), draft(LocalDate.now(), 60, "Fixed")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.hourly-only"));
    }

    @Test
    void an_ended_week_is_billed_once_with_its_fees_and_released_after_the_review_window() {
        var deal = contract(40, 20, Instant.parse("2030-02-04T09:00:00Z"));
        ContractId id = deal.contract();
        LocalDate monday = LocalDate.parse("2030-02-04");
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(id, draft(monday, 140, "Set up the staging shop"));
        clock.advance(Duration.ofDays(1));
        timesheets.logTime(id, draft(monday.plusDays(1), 305, "Migrated the product photos"));

        // Not before the week has ended (Sunday 23:59 UTC).
        clock.set(Instant.parse("2030-02-10T23:59:00Z"));
        runBillingJob();
        TestAccounts.signInAs(users, deal.client());
        assertThat(timesheets.timesheet(id).past()).isEmpty();
        assertThat(ledgerCount(id, PaymentKind.FUND)).isZero();

        // Monday 00:30 UTC: billed, and a second run bills nothing more.
        clock.set(Instant.parse("2030-02-11T00:30:00Z"));
        events.clear();
        runBillingJob();
        runBillingJob();
        assertThat(ledgerCount(id, PaymentKind.FUND)).isEqualTo(1);
        assertThat(events.stream(WeekBilled.class).filter(e -> e.contract().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(Money.of(29_667, "USD")));
        TestAccounts.signInAs(users, deal.client());
        var sheet = timesheets.timesheet(id);
        assertThat(sheet.current().entries()).as("a new week has begun").isEmpty();
        var week = sheet.past().getFirst();
        assertThat(sheet.past()).hasSize(1);
        assertThat(week.start()).isEqualTo(monday);
        assertThat(week.minutes()).isEqualTo(445);
        assertThat(week.entries()).hasSize(2);
        // $40 × 445 min / 60 = $296.666… → $296.67; the client adds 5 %, the freelancer gives 10 %.
        assertThat(week.fees().price()).isEqualTo(Money.of(29_667, "USD"));
        assertThat(week.fees().clientPays()).isEqualTo(Money.of(31_150, "USD"));
        assertThat(week.fees().freelancerReceives()).isEqualTo(Money.of(26_700, "USD"));
        assertThat(week.billing()).isNotNull();
        assertThat(week.billing().state()).isEqualTo(BilledWeekState.IN_REVIEW);
        assertThat(week.billing().reviewEndsAt()).isEqualTo(Instant.parse("2030-02-16T00:30:00Z"));
        assertThat(week.billing().disputable()).isTrue();
        assertThat(payments.escrowBalance("contract-" + id)).contains(Money.of(29_667, "USD"));
        assertThat(contracts.payments(id)).filteredOn(l -> l.kind() == PaymentKind.FUND)
                .extracting(LedgerLine::memo).contains("Week 2030-W06 · 7:25 h");

        // The billed week's entries are closed.
        TestAccounts.signInAs(users, deal.freelancer());
        var billedEntry = week.entries().getFirst();
        assertThatThrownBy(() -> timesheets.deleteTime(billedEntry.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.entry-closed"));

        // Released when the window has passed, not a minute before.
        clock.set(Instant.parse("2030-02-16T00:29:00Z"));
        runBillingJob();
        assertThat(ledgerCount(id, PaymentKind.RELEASE)).isZero();
        clock.set(Instant.parse("2030-02-16T00:30:00Z"));
        events.clear();
        runBillingJob();
        runBillingJob();
        assertThat(ledgerCount(id, PaymentKind.RELEASE)).isEqualTo(1);
        assertThat(events.stream(WeekReleased.class).filter(e -> e.contract().equals(id))).hasSize(1);
        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(payments.myEarnings().available()).containsExactly(Money.of(26_700, "USD"));
        assertThat(payments.escrowBalance("contract-" + id)).contains(Money.of(0, "USD"));
        var released = timesheets.timesheet(id).past().getFirst().billing();
        assertThat(released.state()).isEqualTo(BilledWeekState.RELEASED);
        assertThat(released.decidedAt()).isEqualTo(Instant.parse("2030-02-16T00:30:00Z"));
        assertThat(contracts.contract(id).history()).extracting(ContractEvent::kind)
                .containsSubsequence("contract.started", "week.billed", "week.released");
    }

    @Test
    void missed_runs_catch_up_every_ended_week_and_a_week_without_time_is_not_billed() {
        var deal = contract(30, 40, Instant.parse("2030-04-01T09:00:00Z"));
        ContractId id = deal.contract();
        LocalDate first = LocalDate.parse("2030-04-01");
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(id, draft(first, 60, "Week one"));
        clock.advance(Duration.ofDays(7));
        timesheets.logTime(id, draft(first.plusWeeks(1).plusDays(0), 90, "Week two"));
        clock.advance(Duration.ofDays(14));
        // Week three had no time; week four has some, and is still open.
        timesheets.logTime(id, draft(first.plusWeeks(3), 30, "Week four"));

        clock.advance(Duration.ofDays(7));
        runBillingJob();
        TestAccounts.signInAs(users, deal.client());
        var past = timesheets.timesheet(id).past();
        assertThat(past).extracting(TimesheetWeek::start).containsExactly(first.plusWeeks(3), first.plusWeeks(1), first);
        assertThat(past).extracting(w -> w.fees().price()).containsExactly(Money.ofMajor(15, "USD"),
                Money.ofMajor(45, "USD"), Money.ofMajor(30, "USD"));
        assertThat(ledgerCount(id, PaymentKind.FUND)).isEqualTo(3);
        assertThat(payments.escrowBalance("contract-" + id)).contains(Money.ofMajor(90, "USD"));
        assertThat(jdbc.queryForList("select idempotency_key from ledger_transaction where contract_ref = ? order by id",
                String.class, "contract-" + id)).containsExactly("fund:week-" + id + "-2030-W14",
                "fund:week-" + id + "-2030-W15", "fund:week-" + id + "-2030-W17");
    }

    @Test
    void ending_an_hourly_contract_bills_the_open_week_at_once() {
        var deal = contract(40, 40, Instant.parse("2030-05-06T09:00:00Z"));
        ContractId id = deal.contract();
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(id, draft(LocalDate.parse("2030-05-06"), 90, "Handover notes"));
        clock.advance(Duration.ofDays(1));

        TestAccounts.signInAs(users, deal.client());
        var ended = contracts.endContract(id, ContractState.COMPLETED);
        assertThat(ended.state()).isEqualTo(ContractState.COMPLETED);
        var sheet = timesheets.timesheet(id);
        assertThat(sheet.current().entries()).isEmpty();
        assertThat(sheet.past()).singleElement().satisfies(w -> {
            assertThat(w.minutes()).isEqualTo(90);
            assertThat(w.billing().state()).isEqualTo(BilledWeekState.IN_REVIEW);
            assertThat(w.billing().reviewEndsAt()).isEqualTo(Instant.parse("2030-05-12T09:00:00Z"));
        });
        assertThat(payments.escrowBalance("contract-" + id)).contains(Money.ofMajor(60, "USD"));
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> timesheets.logTime(id, draft(LocalDate.parse("2030-05-07"), 60, "After the end")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("time.contract-not-active"));

        // The job neither bills that week again nor forgets to release it after the end.
        clock.set(Instant.parse("2030-05-12T09:00:00Z"));
        runBillingJob();
        assertThat(ledgerCount(id, PaymentKind.FUND)).isEqualTo(1);
        assertThat(ledgerCount(id, PaymentKind.RELEASE)).isEqualTo(1);
        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(payments.myEarnings().available()).containsExactly(Money.ofMajor(54, "USD"));
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
