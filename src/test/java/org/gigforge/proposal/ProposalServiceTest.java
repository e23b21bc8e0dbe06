package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.CloseReason;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class ProposalServiceTest {

    static final String LETTER = "I have rebuilt three menu boards for cafés this year and can deliver print-ready files in a week.";

    @Autowired ProposalService proposals;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_freelancer_applies_once_sees_the_fees_and_can_withdraw() {
        JobId job = postJob(true);
        String freelancer = newFreelancer();
        TestAccounts.signInAs(users, freelancer);

        var sent = proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(400, "USD")));
        assertThat(sent.state()).isEqualTo(ProposalState.SUBMITTED);
        assertThat(sent.fees().freelancerReceives()).isEqualTo(Money.ofMajor(360, "USD"));
        assertThat(sent.fees().clientPays()).isEqualTo(Money.ofMajor(420, "USD"));
        assertThat(proposals.myProposals(PageRequest.of(0, 10))).extracting(MyProposal::id).containsExactly(sent.id());
        assertThat(sent.jobOpen()).isTrue();

        assertThatThrownBy(() -> proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(380, "USD"))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.duplicate"));

        assertThat(proposals.withdraw(sent.id()).state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThatThrownBy(() -> proposals.withdraw(sent.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.state.not-allowed"));
    }

    @Test
    void nobody_else_can_withdraw_a_proposal() {
        JobId job = postJob(true);
        TestAccounts.signInAs(users, newFreelancer());
        var sent = proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(500, "USD")));

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> proposals.withdraw(sent.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.not-found"));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> proposals.withdraw(sent.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> proposals.myProposals(PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void refuses_drafts_own_jobs_short_letters_and_silly_bids() {
        JobId draft = postJob(false);
        JobId open = postJob(true);
        TestAccounts.signInAs(users, newFreelancer());
        assertThatThrownBy(() -> proposals.submit(draft, new ProposalDraft(LETTER, Money.ofMajor(400, "USD"))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.job.not-open"));
        assertThatThrownBy(() -> proposals.submit(open, new ProposalDraft("Hire me", Money.ofMajor(400, "USD"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("coverLetter"));
        assertThatThrownBy(() -> proposals.submit(open, new ProposalDraft(LETTER, Money.ofMajor(400, "EUR"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.bid.currency"));
        assertThatThrownBy(() -> proposals.submit(open, new ProposalDraft(LETTER, Money.ofMajor(5_000_000, "USD"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.bid.range"));
        assertThat(proposals.countMyProposals()).isZero();

        // A client who also freelances cannot apply to their own job.
        String both = TestAccounts.uniqueEmail("both.roles");
        accounts.signUp(new SignUpRequest("Bo Both", both, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, both);
        accounts.addRole(Role.FREELANCER);
        JobId own = jobs.post(JobDraft.of("Logo for my bakery", "A simple logo for a small neighbourhood bakery.",
                "design-creative", List.of("logo-design"), JobType.FIXED, Money.ofMajor(200, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true).id();
        TestAccounts.signInAs(users, both);
        assertThatThrownBy(() -> proposals.submit(own, new ProposalDraft(LETTER, Money.ofMajor(200, "USD"))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.own-job"));
    }

    @Test
    void the_jobs_client_reads_shortlists_and_declines_and_nobody_else_can() {
        JobId job = postJob(true);
        TestAccounts.signInAs(users, newFreelancer());
        var first = proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(400, "USD")));
        TestAccounts.signInAs(users, newFreelancer());
        var second = proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(430, "USD")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.activeProposals(List.of(job))).containsEntry(job, 2L);
        var received = proposals.receivedProposals(job, PageRequest.of(0, 10));
        assertThat(received).extracting(ReceivedProposal::id).containsExactly(second.id(), first.id());
        assertThat(received).allMatch(p -> p.freelancerName().equals("Ana Applicant"));
        assertThat(received.getFirst().fees().clientPays()).isEqualTo(Money.of(45_150, "USD"));
        // Reading them marked them viewed.
        assertThat(proposals.receivedProposals(job, PageRequest.of(0, 10)))
                .extracting(ReceivedProposal::state).containsOnly(ProposalState.VIEWED);
        proposals.shortlist(first.id());
        proposals.decline(second.id());
        assertThatThrownBy(() -> proposals.shortlist(second.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.state.not-allowed"));

        // Another client sees nothing of it and cannot act on it.
        String other = TestAccounts.uniqueEmail("other.client");
        accounts.signUp(new SignUpRequest("Otto Other", other, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, other);
        assertThatThrownBy(() -> proposals.receivedProposals(job, PageRequest.of(0, 10)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.job.not-yours"));
        assertThatThrownBy(() -> proposals.decline(first.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("proposal.not-found"));
        assertThat(proposals.activeProposals(List.of(job))).isEmpty();

        // The freelancer sees the client's decision.
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> proposals.shortlist(first.id())).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_same_letter_sent_to_another_job_is_flagged_generic_to_the_client() {
        JobId first = postJob(true);
        JobId second = postJob(true);
        TestAccounts.signInAs(users, newFreelancer());
        proposals.submit(first, new ProposalDraft(CoverLetterSimilarityTest.TEMPLATE, Money.ofMajor(400, "USD")));
        proposals.submit(second, new ProposalDraft("Dear client, " + CoverLetterSimilarityTest.TEMPLATE, Money.ofMajor(400, "USD")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.receivedProposals(first, PageRequest.of(0, 10))).extracting(ReceivedProposal::generic)
                .containsExactly(false);
        assertThat(proposals.receivedProposals(second, PageRequest.of(0, 10))).extracting(ReceivedProposal::generic)
                .containsExactly(true);
    }

    @Test
    void a_freelancer_sees_when_the_job_closed_under_their_proposal() {
        JobId job = postJob(true);
        String freelancer = newFreelancer();
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job, new ProposalDraft(LETTER, Money.ofMajor(400, "USD")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.close(job, CloseReason.FILLED);

        TestAccounts.signInAs(users, freelancer);
        assertThat(proposals.myProposals(PageRequest.of(0, 10))).singleElement()
                .satisfies(p -> assertThat(p.jobOpen()).isFalse());
    }

    private JobId postJob(boolean publish) {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Menu board for our café", "Two printable menu boards in our brand colours.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(450, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), publish);
        TestAccounts.signOut();
        return job.id();
    }

    private String newFreelancer() {
        String email = TestAccounts.uniqueEmail("applicant");
        accounts.signUp(new SignUpRequest("Ana Applicant", email, "copper kettle mountain", Role.FREELANCER));
        return email;
    }
}
