package org.gigforge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.CloseReason;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.proposal.MyProposal;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposalState;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Proposal → offer → contract → milestones, with each side allowed only its own steps. */
@GigforgeTest
class ContractFlowTest {

    private static final String LETTER = "I restored three similar menu boards for cafés in Porto and can start on Monday.";

    @Autowired ContractService contracts;
    @Autowired PaymentService payments;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_accepted_offer_starts_the_contract_hires_the_freelancer_and_fills_the_job() {
        var deal = dealWithTwoMilestones();
        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(contracts.myOffers()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(OfferState.SENT);
            assertThat(o.fees().price()).isEqualTo(Money.ofMajor(600, "USD"));
            assertThat(o.fees().freelancerReceives()).isEqualTo(Money.ofMajor(540, "USD"));
        });
        Contract contract = contracts.acceptOffer(deal.offer());

        assertThat(contract.state()).isEqualTo(ContractState.ACTIVE);
        assertThat(contract.milestones()).extracting(Milestone::state)
                .containsExactly(MilestoneState.UNFUNDED, MilestoneState.UNFUNDED);
        assertThat(contract.history()).extracting(ContractEvent::kind).containsExactly("contract.started");
        assertThat(proposals.myProposals(org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(MyProposal::state).containsExactly(ProposalState.HIRED);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobSummary job = jobs.myJob(deal.job()).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.CLOSED);
        assertThat(job.closeReason()).isEqualTo(CloseReason.FILLED);
        assertThat(contracts.myContracts()).extracting(Contract::id).contains(contract.id());
        // An answered offer cannot be answered again.
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> contracts.declineOffer(deal.offer(), null)).isInstanceOf(UserFacingException.class);
    }

    private long spentInUsd(Contract contract) {
        return jobs.clientHistory(contract.client()).spent().stream()
                .filter(m -> m.currency().getCurrencyCode().equals("USD")).mapToLong(Money::minorUnits).sum();
    }

    @Test
    void a_milestone_is_funded_submitted_sent_back_and_approved() {
        var deal = dealWithTwoMilestones();
        TestAccounts.signInAs(users, deal.freelancer());
        var contract = contracts.acceptOffer(deal.offer());
        MilestoneId first = contract.milestones().getFirst().id();

        // Work is not handed in before the money is protected.
        assertThatThrownBy(() -> contracts.submitMilestone(first, "Done")).isInstanceOf(UserFacingException.class);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        contracts.fundMilestone(first);
        TestAccounts.signInAs(users, deal.freelancer());
        assertThatThrownBy(() -> contracts.submitMilestone(first, " ")).isInstanceOf(InvalidInputException.class);
        contracts.submitMilestone(first, "Both boards are painted; photos attached.");
        // A freelancer cannot approve their own work.
        assertThatThrownBy(() -> contracts.approveMilestone(first)).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var sentBack = contracts.requestChanges(first, "The left board needs the prices in euros.");
        assertThat(sentBack.milestones().getFirst().state()).isEqualTo(MilestoneState.FUNDED);
        TestAccounts.signInAs(users, deal.freelancer());
        contracts.submitMilestone(first, "Prices now in euros.");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        long spentBefore = spentInUsd(contract);
        var approved = contracts.approveMilestone(first);
        assertThat(approved.milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        // The client's public record counts the released price, not fees: freelancers read it as "total spent".
        TestAccounts.signOut();
        assertThat(spentInUsd(contract) - spentBefore).isEqualTo(Money.ofMajor(250, "USD").minorUnits());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        // The money went through the ledger: into protection with the client fee, out to the freelancer less theirs.
        assertThat(contracts.payments(contract.id())).extracting(LedgerLine::kind)
                .contains(PaymentKind.FUND, PaymentKind.RELEASE);
        assertThat(payments.escrowBalance("contract-" + contract.id())).contains(Money.ofMajor(0, "USD"));
        TestAccounts.signInAs(users, deal.freelancer());
        assertThat(payments.myEarnings().available()).containsExactly(Money.ofMajor(225, "USD"));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> contracts.approveMilestone(first)).as("released once").isInstanceOf(UserFacingException.class);
        assertThat(approved.history()).extracting(ContractEvent::kind).containsExactly("contract.started",
                "milestone.funded", "milestone.submitted", "milestone.changes-requested", "milestone.submitted",
                "milestone.approved");

        // Funded money blocks ending; the unfunded second milestone can simply be removed.
        var second = approved.milestones().get(1).id();
        contracts.removeMilestone(second);
        var done = contracts.endContract(contract.id(), ContractState.COMPLETED);
        assertThat(done.state()).isEqualTo(ContractState.COMPLETED);
        assertThat(done.milestones()).hasSize(1);
    }

    @Test
    void funded_money_goes_back_only_when_the_freelancer_agrees() {
        var deal = dealWithTwoMilestones();
        var contract = acceptAndFundFirst(deal);
        MilestoneId first = contract.milestones().getFirst().id();
        var asked = contracts.requestRefund(first);
        assertThat(asked.milestones().getFirst().refundRequestedAt()).isNotNull();
        assertThat(asked.milestones().getFirst().state()).as("asking moves no money").isEqualTo(MilestoneState.FUNDED);
        assertThatThrownBy(() -> contracts.refundMilestone(first)).isInstanceOf(AuthorizationDeniedException.class);
        // While paused, nothing moves; resumed, it goes on.
        assertThat(contracts.pause(contract.id(), true).state()).isEqualTo(ContractState.PAUSED);
        assertThatThrownBy(() -> contracts.fundMilestone(contract.milestones().get(1).id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.state.not-allowed"));
        assertThat(contracts.pause(contract.id(), false).state()).isEqualTo(ContractState.ACTIVE);

        TestAccounts.signInAs(users, deal.freelancer());
        var refunded = contracts.refundMilestone(first);
        assertThat(refunded.milestones().getFirst().state()).isEqualTo(MilestoneState.REFUNDED);
        assertThat(refunded.milestones().getFirst().refundRequestedAt()).isNull();
        assertThat(contracts.payments(contract.id())).extracting(LedgerLine::kind).contains(PaymentKind.REFUND);
        assertThat(payments.escrowBalance("contract-" + contract.id())).contains(Money.ofMajor(0, "USD"));
        assertThat(payments.myEarnings().available()).isEmpty();
        assertThatThrownBy(() -> contracts.refundMilestone(first)).as("refunded once").isInstanceOf(UserFacingException.class);
        assertThat(refunded.history()).extracting(ContractEvent::kind)
                .containsSubsequence("milestone.funded", "milestone.refund-requested", "milestone.refunded");
    }

    @Test
    void a_third_member_can_neither_see_nor_act_on_the_contract() {
        var deal = dealWithTwoMilestones();
        TestAccounts.signInAs(users, deal.freelancer());
        var contract = contracts.acceptOffer(deal.offer());
        MilestoneId first = contract.milestones().getFirst().id();

        String stranger = TestAccounts.uniqueEmail("stranger");
        accounts.signUp(new SignUpRequest("Sam Stranger", stranger, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, stranger);
        assertThatThrownBy(() -> contracts.contract(contract.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("contract.not-found"));
        assertThatThrownBy(() -> contracts.fundMilestone(first)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("milestone.not-found"));
        assertThatThrownBy(() -> contracts.endContract(contract.id(), ContractState.CANCELLED))
                .isInstanceOf(UserFacingException.class);
        assertThat(contracts.myContracts()).isEmpty();
        assertThatThrownBy(() -> contracts.findContracts(null, null, org.springframework.data.domain.PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(contracts.contract(contract.id()).title()).isEqualTo("Paint two café menu boards");
        assertThat(contracts.findContracts("café menu", ContractState.ACTIVE, org.springframework.data.domain.PageRequest.of(0, 100)))
                .extracting(Contract::id).contains(contract.id());
        assertThat(contracts.countContracts("no such contract title", null)).isZero();
    }

    @Test
    void offers_are_checked_before_they_are_sent() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = postJob();
        String freelancer = propose(job.id());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst().id();
        assertThatThrownBy(() -> contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED, List.of(), null, null, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("offer.milestones.count"));
        assertThatThrownBy(() -> contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED,
                List.of(new MilestoneDraft("Boards", Money.ofMajor(600, "EUR"), null)), null, null, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("offer.currency"));
        assertThatThrownBy(() -> contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(),
                Money.ofMajor(5_000, "USD"), 100, ""))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                                .containsExactly("hourlyRate", "weeklyCapHours"));
        var hourly = contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(), Money.ofMajor(40, "USD"), 20,
                "Let's start with twenty hours a week."));
        assertThatThrownBy(() -> contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(),
                Money.ofMajor(40, "USD"), 20, ""))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.already-sent"));
        // Another client cannot make offers on this job's proposals, and the offer can be taken back.
        String other = TestAccounts.uniqueEmail("other.client");
        accounts.signUp(new SignUpRequest("Olga Other", other, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, other);
        assertThatThrownBy(() -> contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(),
                Money.ofMajor(40, "USD"), 20, ""))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> contracts.withdrawOffer(hourly.id())).isInstanceOf(UserFacingException.class);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(contracts.withdrawOffer(hourly.id()).state()).isEqualTo(OfferState.WITHDRAWN);
        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> contracts.acceptOffer(hourly.id())).isInstanceOf(UserFacingException.class);

        // An offer for a job its client has cancelled meanwhile cannot be accepted.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var again = contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(), Money.ofMajor(40, "USD"), 20, ""));
        jobs.close(job.id(), CloseReason.CANCELLED);
        TestAccounts.signInAs(users, freelancer);
        assertThatThrownBy(() -> contracts.acceptOffer(again.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("offer.job.closed"));
    }

    @Test
    void work_left_unanswered_is_released_after_the_review_period() {
        var deal = dealWithTwoMilestones();
        var contract = acceptAndFundFirst(deal);
        MilestoneId first = contract.milestones().getFirst().id();
        TestAccounts.signInAs(users, deal.freelancer());
        contracts.submitMilestone(first, "Done.");
        TestAccounts.signOut();

        assertThat(contracts.autoRelease(Instant.now().minus(Duration.ofDays(14)))).isZero();
        assertThat(contracts.autoRelease(Instant.now().plus(Duration.ofSeconds(1)))).isGreaterThanOrEqualTo(1);
        TestAccounts.signInAs(users, deal.freelancer());
        var after = contracts.contract(contract.id());
        assertThat(after.milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        assertThat(payments.myEarnings().available()).containsExactly(Money.ofMajor(225, "USD"));
        assertThat(after.history()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("milestone.auto-released");
            assertThat(e.actor()).isNull();
        });
    }

    record Deal(org.gigforge.job.JobId job, String freelancer, OfferId offer) {}

    /** The freelancer accepts the deal's offer and the client funds its first milestone; the client stays signed in. */
    private Contract acceptAndFundFirst(Deal deal) {
        TestAccounts.signInAs(users, deal.freelancer());
        var contract = contracts.acceptOffer(deal.offer());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        contracts.fundMilestone(contract.milestones().getFirst().id());
        return contract;
    }

    private Deal dealWithTwoMilestones() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = postJob();
        String freelancer = propose(job.id());
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), org.springframework.data.domain.PageRequest.of(0, 5))
                .getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED, List.of(
                new MilestoneDraft("First board", Money.ofMajor(250, "USD"), null),
                new MilestoneDraft("Second board", Money.ofMajor(350, "USD"), null)), null, null,
                "Happy to work with you."));
        return new Deal(job.id(), freelancer, offer.id());
    }

    private JobSummary postJob() {
        return jobs.post(JobDraft.of("Paint two café menu boards", "Two boards, chalk paint, by the end of the month.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(600, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
    }

    private String propose(org.gigforge.job.JobId job) {
        String email = TestAccounts.uniqueEmail("painter");
        accounts.signUp(new SignUpRequest("Pia Painter", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(600, "USD")));
        return email;
    }
}
