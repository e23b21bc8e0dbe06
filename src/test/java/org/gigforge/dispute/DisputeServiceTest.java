package org.gigforge.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
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
import org.gigforge.contract.BilledWeekState;
import org.gigforge.contract.ContractEvent;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.HourlyFixtures;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.TimeEntryDraft;
import org.gigforge.contract.TimesheetService;
import org.gigforge.contract.WorkRef;
import org.gigforge.dispute.DisputeFixtures.FundedDeal;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.TestContentAccess;
import org.gigforge.job.JobService;
import org.gigforge.payment.FeePolicy;
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

/**
 * Disputes on the real database: open, answer, decide (each outcome) with the ledger checked after each, the
 * deadline job and the escalation, frozen money, withdrawal, and who may do what.
 */
@GigforgeTest
class DisputeServiceTest {

    private static final String STATEMENT = "The cover was never delivered, only two rough sketches in three weeks.";

    @Autowired DisputeService disputes;
    @Autowired org.gigforge.contract.ContractMediation mediation;
    @Autowired ContractService contracts;
    @Autowired TimesheetService timesheets;
    @Autowired PaymentService payments;
    @Autowired FileService files;
    @Autowired FeePolicy fees;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestAccounts.signOut();
    }

    private FundedDeal deal() {
        return DisputeFixtures.fundedMilestone(users, accounts, jobs, proposals, contracts);
    }

    private static String key(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    /** What an account of a kind holds, from its entries (+ in, − out). */
    private long balance(String kind, String column, Object owner) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                where a.kind = ? and a.""" + column + " = ?", Long.class, kind, owner);
        return sum == null ? 0 : sum;
    }

    private long escrow(ContractId contract) {
        return balance("CONTRACT_ESCROW", "owner_ref", "contract-" + contract);
    }

    private long userId(String email) {
        return ((org.gigforge.account.AccountPrincipal) users.loadUserByUsername(email)).userId().value();
    }

    /** Every transaction sums to zero, so the whole ledger does. */
    private void ledgerBalances() {
        Long total = jdbc.queryForObject("select coalesce(sum(amount_minor), 0) from ledger_entry", Long.class);
        assertThat(total).isZero();
        Long unbalanced = jdbc.queryForObject("""
                select count(*) from (select transaction_id from ledger_entry group by transaction_id, currency
                having sum(amount_minor) <> 0) t""", Long.class);
        assertThat(unbalanced).isZero();
    }

    private long transactions(String keyPrefix) {
        Long count = jdbc.queryForObject("select count(*) from ledger_transaction where idempotency_key like ?", Long.class,
                keyPrefix + "%");
        return count == null ? 0 : count;
    }

    @Test
    void submitted_work_disputed_answered_and_released_by_the_admin_with_the_money_frozen_meanwhile() {
        var deal = deal();
        var milestone = deal.milestone();
        TestAccounts.signInAs(users, deal.freelancer());
        contracts.submitMilestone(milestone, "Front and back cover attached.");
        TestAccounts.signInAs(users, deal.client());
        var evidence = files.upload(FileKind.WORK, "sketches.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        var opened = disputes.open(WorkRef.milestone(milestone), DisputeReason.QUALITY, STATEMENT, List.of(evidence.id()));

        assertThat(opened.state()).isEqualTo(DisputeState.AWAITING_RESPONSE);
        assertThat(opened.deadline()).isEqualTo(opened.openedAt().plus(Duration.ofDays(5)));
        assertThat(opened.statementFiles()).extracting(f -> f.id()).containsExactly(evidence.id());
        assertThat(opened.amount()).isEqualTo(Money.ofMajor(400, "USD"));
        assertThat(contracts.contract(deal.contract().id()).milestones().getFirst().disputedAt()).isNotNull();
        // Frozen: no approval, no second dispute, no refund, no changes, no auto-release.
        assertThatThrownBy(() -> contracts.approveMilestone(milestone)).satisfies(e -> assertThat(key(e)).isEqualTo("milestone.disputed"));
        assertThatThrownBy(() -> contracts.requestChanges(milestone, "More red")).satisfies(e -> assertThat(key(e)).isEqualTo("milestone.disputed"));
        assertThatThrownBy(() -> disputes.open(WorkRef.milestone(milestone), DisputeReason.OTHER, "Again", List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.already-open"));
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> contracts.refundMilestone(milestone)).satisfies(e -> assertThat(key(e)).isEqualTo("milestone.disputed"));
        TestAccounts.signOut();
        // Other tests' submitted work shares the database: only this milestone's fate is checked.
        contracts.autoRelease(Instant.now().plus(Duration.ofDays(365)));
        TestAccounts.signInAs(users, deal.client());
        assertThat(contracts.contract(deal.contract().id()).milestones().getFirst().state()).as("auto-release skips it")
                .isEqualTo(MilestoneState.SUBMITTED);
        assertThat(escrow(deal.contract().id())).isEqualTo(40_000);

        // Only the other side answers; the admin decides only once it awaits a decision.
        TestAccounts.signInAs(users, deal.client());
        assertThatThrownBy(() -> disputes.answer(opened.id(), "Me again", List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.answer.other-side"));
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.RELEASE, null, "Too early"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.state.not-allowed"));
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> disputes.answer(opened.id(), " ", List.of())).isInstanceOf(InvalidInputException.class);
        var answered = disputes.answer(opened.id(), "Both covers were delivered as agreed; see the files.", List.of());
        assertThat(answered.state()).isEqualTo(DisputeState.AWAITING_DECISION);
        assertThat(answered.response()).startsWith("Both covers");
        // A party never decides.
        assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.RELEASE, null, "Mine"))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.RELEASE, null, "  "))
                .isInstanceOf(InvalidInputException.class);
        var decided = disputes.decide(opened.id(), DisputeOutcome.RELEASE, null,
                "The files show the agreed covers; the money goes to the freelancer.");
        assertThat(decided.state()).isEqualTo(DisputeState.DECIDED);
        assertThat(decided.toFreelancer()).isEqualTo(Money.ofMajor(400, "USD"));
        assertThat(decided.toClient()).isEqualTo(Money.ofMajor(0, "USD"));
        // A double click decides once.
        assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.REFUND, null, "Changed my mind"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.already-decided"));
        assertThat(transactions("dispute-" + opened.id() + ":")).isOne();

        assertThat(escrow(deal.contract().id())).isZero();
        assertThat(balance("FREELANCER_BALANCE", "user_id", userId(deal.freelancer())))
                .isEqualTo(fees.breakdown(Money.ofMajor(400, "USD")).freelancerReceives().minorUnits());
        ledgerBalances();
        var contract = contracts.contract(deal.contract().id());
        assertThat(contract.milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        assertThat(contract.history()).extracting(ContractEvent::kind)
                .containsSubsequence("milestone.submitted", "dispute.opened", "dispute.answered", "dispute.decided");
        // Both sides read the written decision.
        TestAccounts.signInAs(users, deal.client());
        assertThat(disputes.dispute(opened.id()).decision()).startsWith("The files show");
    }

    @Test
    void funded_work_refunded_in_full_returns_everything_the_client_paid() {
        var deal = deal();
        TestAccounts.signInAs(users, deal.client());
        var opened = disputes.open(WorkRef.milestone(deal.milestone()), DisputeReason.NOT_RESPONSIVE,
                "No answer to five messages in two weeks.", List.of());
        TestAccounts.signInAs(users, deal.freelancer());
        disputes.answer(opened.id(), "I was ill; I cannot finish it.", List.of());
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        var decided = disputes.decide(opened.id(), DisputeOutcome.REFUND, null, "Nothing was delivered: full refund.");
        assertThat(decided.toClient()).isEqualTo(Money.ofMajor(400, "USD"));
        assertThat(escrow(deal.contract().id())).isZero();
        assertThat(balance("CLIENT_FUNDING", "user_id", userId(deal.client()))).as("price and client fee back").isZero();
        assertThat(balance("FREELANCER_BALANCE", "user_id", userId(deal.freelancer()))).isZero();
        ledgerBalances();
        TestAccounts.signInAs(users, deal.client());
        assertThat(contracts.contract(deal.contract().id()).milestones().getFirst().state()).isEqualTo(MilestoneState.REFUNDED);
    }

    @Test
    void a_billed_week_is_split_after_the_unanswered_deadline_moved_it_to_the_admins() {
        Instant start = Instant.parse("2031-03-03T08:00:00Z");
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, 40, 40, start);
        clock.set(start);
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(deal.contract(), new TimeEntryDraft(LocalDate.parse("2031-03-03"), 300, "Shop migration"));
        clock.set(Instant.parse("2031-03-10T01:00:00Z"));
        TestAccounts.signOut();
        timesheets.billEndedWeeks();
        TestAccounts.signInAs(users, deal.client());
        var week = timesheets.timesheet(deal.contract()).past().getFirst().billing();
        var opened = disputes.open(WorkRef.week(week.id()), DisputeReason.SCOPE, "Half of these hours were not agreed.",
                List.of());
        assertThat(timesheets.timesheet(deal.contract()).past().getFirst().billing().state())
                .isEqualTo(BilledWeekState.DISPUTED);

        // Nobody answers: past the window the billing job leaves the week alone, the deadline job hands it on.
        // (Other tests' disputes share the database, so the job's counts are not this test's to check.)
        clock.advance(Duration.ofDays(4));
        TestAccounts.signOut();
        disputes.moveUnanswered();
        TestAccounts.signInAs(users, deal.client());
        assertThat(disputes.dispute(opened.id()).state()).as("not due yet").isEqualTo(DisputeState.AWAITING_RESPONSE);
        clock.advance(Duration.ofDays(2));
        TestAccounts.signOut();
        timesheets.releaseReviewedWeeks();
        disputes.moveUnanswered();
        assertThat(disputes.moveUnanswered(opened.id().value())).as("once").isFalse();
        TestAccounts.signInAs(users, deal.client());
        assertThat(disputes.dispute(opened.id()).state()).isEqualTo(DisputeState.AWAITING_DECISION);
        assertThat(disputes.dispute(opened.id()).deadline()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(escrow(deal.contract())).isEqualTo(20_000);
        // The answer's deadline has passed: there is nothing to answer any more.
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> disputes.answer(opened.id(), "Late", List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.state.not-allowed"));

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        for (Money wrong : List.of(Money.ofMajor(0, "USD"), Money.ofMajor(200, "USD"), Money.ofMajor(50, "EUR"))) {
            assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.SPLIT, wrong, "Split"))
                    .as(wrong.toString()).isInstanceOf(InvalidInputException.class);
        }
        var decided = disputes.decide(opened.id(), DisputeOutcome.SPLIT, Money.ofMajor(120, "USD"),
                "Three of the five hours were agreed in the messages.");
        assertThat(decided.toClient()).isEqualTo(Money.ofMajor(80, "USD"));
        assertThat(escrow(deal.contract())).isZero();
        assertThat(balance("FREELANCER_BALANCE", "user_id", userId(deal.freelancer())))
                .isEqualTo(fees.breakdown(Money.ofMajor(120, "USD")).freelancerReceives().minorUnits());
        var paid = fees.breakdown(Money.ofMajor(200, "USD")).clientPays().minorUnits();
        var back = fees.breakdown(Money.ofMajor(80, "USD")).clientPays().minorUnits();
        assertThat(balance("CLIENT_FUNDING", "user_id", userId(deal.client()))).isEqualTo(back - paid);
        assertThat(transactions("dispute-" + opened.id() + ":")).isEqualTo(2);
        ledgerBalances();
        assertThat(timesheets.timesheet(deal.contract()).past().getFirst().billing().state()).isEqualTo(BilledWeekState.SPLIT);
        assertThat(contracts.contract(deal.contract()).history()).extracting(ContractEvent::kind)
                .containsSubsequence("week.billed", "dispute.opened", "dispute.awaiting-decision", "dispute.decided");
    }

    @Test
    void an_undecided_dispute_is_escalated_to_admins_once() {
        clock.set(Instant.parse("2031-06-02T09:00:00Z"));
        var deal = deal();
        TestAccounts.signInAs(users, deal.freelancer());
        var opened = disputes.open(WorkRef.milestone(deal.milestone()), DisputeReason.SCOPE,
                "The client asks for a third cover that was never part of the deal.", List.of());
        TestAccounts.signInAs(users, deal.client());
        disputes.answer(opened.id(), "The third cover is the back cover, which was agreed.", List.of());
        long admin = userId(TestAccounts.ADMIN);

        // (Other tests' disputes share the database, so the job's counts are not this test's to check.)
        clock.advance(Duration.ofDays(6));
        TestAccounts.signOut();
        disputes.escalateUndecided();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(disputes.dispute(opened.id()).escalatedAt()).as("within the decision window").isNull();
        assertThat(notifications(admin, opened.id())).isZero();
        clock.advance(Duration.ofDays(2));
        TestAccounts.signOut();
        disputes.escalateUndecided();
        disputes.escalateUndecided();
        assertThat(disputes.escalate(opened.id().value())).as("once").isFalse();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(disputes.dispute(opened.id()).escalatedAt()).isEqualTo(clock.instant());
        assertThat(notifications(admin, opened.id())).as("one escalation notice").isOne();
        assertThat(contracts.contract(deal.contract().id()).history()).extracting(ContractEvent::kind)
                .contains("dispute.escalated");
        assertThat(disputes.findDisputes(DisputeState.AWAITING_DECISION, org.springframework.data.domain.PageRequest.of(0, 100)))
                .extracting(Dispute::id).contains(opened.id());
    }

    private long notifications(long recipient, DisputeId dispute) {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient_id = ? and type = 'DISPUTE'"
                + " and message_key = 'notification.dispute.admin.ESCALATED' and link = ?", Long.class, recipient,
                "admin/disputes/" + dispute);
        return count == null ? 0 : count;
    }

    @Test
    void the_opener_withdraws_and_the_money_follows_its_normal_path() {
        var deal = deal();
        TestAccounts.signInAs(users, deal.freelancer());
        contracts.submitMilestone(deal.milestone(), "All done.");
        TestAccounts.signInAs(users, deal.client());
        var opened = disputes.open(WorkRef.milestone(deal.milestone()), DisputeReason.QUALITY, "Colours are off.", List.of());
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> disputes.withdraw(opened.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.withdraw.opener-only"));
        TestAccounts.signInAs(users, deal.client());
        var withdrawn = disputes.withdraw(opened.id());
        assertThat(withdrawn.state()).isEqualTo(DisputeState.WITHDRAWN);
        assertThatThrownBy(() -> disputes.withdraw(opened.id())).isInstanceOf(UserFacingException.class);
        var approved = contracts.approveMilestone(deal.milestone());
        assertThat(approved.milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        assertThat(approved.history()).extracting(ContractEvent::kind)
                .containsSubsequence("dispute.opened", "dispute.withdrawn", "milestone.approved");
        ledgerBalances();
    }

    @Test
    void a_withdrawn_week_dispute_puts_the_week_back_in_review_and_the_billing_job_pays_it() {
        Instant start = Instant.parse("2031-09-01T08:00:00Z");
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, 30, 40, start);
        clock.set(start);
        TestAccounts.signInAs(users, deal.freelancer());
        timesheets.logTime(deal.contract(), new TimeEntryDraft(LocalDate.parse("2031-09-01"), 120, "Product photos"));
        clock.set(Instant.parse("2031-09-08T01:00:00Z"));
        TestAccounts.signOut();
        timesheets.billEndedWeeks();
        TestAccounts.signInAs(users, deal.client());
        var week = timesheets.timesheet(deal.contract()).past().getFirst().billing();
        var opened = disputes.open(WorkRef.week(week.id()), DisputeReason.QUALITY, "The photos are blurry.", List.of());
        // A party cannot settle the money on its own, whatever it calls.
        assertThatThrownBy(() -> mediation.settle(WorkRef.week(week.id()), Money.ofMajor(0, "USD"), "dispute-x", "mine"))
                .isInstanceOf(AuthorizationDeniedException.class);

        clock.advance(Duration.ofDays(10));
        TestAccounts.signOut();
        assertThat(timesheets.releaseReviewedWeeks()).as("frozen past its window").isZero();
        TestAccounts.signInAs(users, deal.client());
        disputes.withdraw(opened.id());
        var back = timesheets.timesheet(deal.contract()).past().getFirst().billing();
        assertThat(back.state()).isEqualTo(BilledWeekState.IN_REVIEW);
        assertThat(back.disputeReason()).isNull();
        TestAccounts.signOut();
        timesheets.releaseReviewedWeeks();
        TestAccounts.signInAs(users, deal.client());
        assertThat(timesheets.timesheet(deal.contract()).past().getFirst().billing().state()).isEqualTo(BilledWeekState.RELEASED);
        assertThat(escrow(deal.contract())).isZero();
        ledgerBalances();
        assertThat(contracts.contract(deal.contract()).history()).extracting(ContractEvent::kind)
                .containsSubsequence("week.billed", "dispute.opened", "dispute.withdrawn", "week.released");
    }

    @Test
    void only_the_two_parties_open_answer_and_read_and_only_admins_decide() {
        var deal = deal();
        String stranger = TestAccounts.uniqueEmail("dispute.stranger");
        accounts.signUp(new SignUpRequest("Stan Stranger", stranger, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, stranger);
        assertThatThrownBy(() -> disputes.open(WorkRef.milestone(deal.milestone()), DisputeReason.OTHER, "Mine now", List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.work.not-found"));

        TestAccounts.signInAs(users, deal.client());
        var evidence = files.upload(FileKind.WORK, "brief.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        var opened = disputes.open(WorkRef.milestone(deal.milestone()), DisputeReason.NOT_DELIVERED, STATEMENT,
                List.of(evidence.id()));

        TestAccounts.signInAs(users, stranger);
        assertThatThrownBy(() -> disputes.dispute(opened.id())).satisfies(e -> assertThat(key(e)).isEqualTo("dispute.not-found"));
        assertThatThrownBy(() -> disputes.answer(opened.id(), "Hello", List.of()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.not-found"));
        assertThatThrownBy(() -> disputes.withdraw(opened.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("dispute.not-found"));
        assertThat(disputes.disputesOf(deal.contract().id())).isEmpty();
        assertThat(files.find(evidence.id())).as("the evidence stays private").isEmpty();
        assertThatThrownBy(() -> disputes.decide(opened.id(), DisputeOutcome.REFUND, null, "Refund"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> disputes.findDisputes(null, org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(disputes.dispute(opened.id()).statementFiles()).hasSize(1);
        assertThat(files.find(evidence.id())).isPresent();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(disputes.dispute(opened.id()).statement()).isEqualTo(STATEMENT);
        assertThat(disputes.countDisputes(DisputeState.AWAITING_RESPONSE)).isPositive();
    }
}
