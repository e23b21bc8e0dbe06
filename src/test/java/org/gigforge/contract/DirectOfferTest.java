package org.gigforge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.job.CloseReason;
import org.gigforge.job.InvitedFreelancer;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A client's offer straight to a freelancer they invited: only after the invitation, and it hires like any other. */
@GigforgeTest
class DirectOfferTest {

    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_offer_goes_only_to_an_invited_freelancer_and_accepting_it_fills_the_job() {
        JobId job = postJob();
        var freelancer = newMember("Ines Invited", Role.FREELANCER);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, freelancer.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.not-invited"));

        jobs.invite(job, freelancer.id(), "Your portfolio fits; shall we skip the proposal?");
        assertThat(jobs.invitationsOf(job)).extracting(InvitedFreelancer::freelancerId, InvitedFreelancer::freelancerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(freelancer.id(), "Ines Invited"));
        var offer = contracts.sendOffer(fixedOffer(job, freelancer.id()));
        assertThat(offer.freelancer()).isEqualTo(freelancer.id());
        assertThat(offer.fees().price()).isEqualTo(Money.ofMajor(500, "USD"));
        // Still one open offer per job and freelancer.
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, freelancer.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.already-sent"));

        TestAccounts.signInAs(users, freelancer.email());
        long hiresBefore = jobs.clientHistory(offer.client()).hires();
        var contract = contracts.acceptOffer(offer.id());
        assertThat(contract.state()).isEqualTo(ContractState.ACTIVE);
        // A hire without a proposal still counts in the client's public record.
        assertThat(jobs.clientHistory(offer.client()).hires()).isEqualTo(hiresBefore + 1);
        assertThat(contract.milestones()).extracting(Milestone::title).containsExactly("Sketches", "Final files");
        assertThat(proposals.myProposals(PageRequest.of(0, 5))).isEmpty();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var filled = jobs.myJob(job).orElseThrow();
        assertThat(filled.state()).isEqualTo(JobState.CLOSED);
        assertThat(filled.closeReason()).isEqualTo(CloseReason.FILLED);
    }

    @Test
    void an_offer_to_an_invited_freelancer_who_applied_answers_their_proposal() {
        JobId job = postJob();
        var freelancer = newMember("Ada Applied", Role.FREELANCER);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.invite(job, freelancer.id(), "Would you send a proposal?");
        TestAccounts.signInAs(users, freelancer.email());
        var sent = proposals.submit(job, new ProposalDraft(
                "Thank you for the invitation; I drew the logo of two cafés on your street last year.", Money.ofMajor(480, "USD")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(proposals.proposalsBy(job, List.of(freelancer.id()))).containsOnlyKeys(freelancer.id());
        var offer = contracts.sendOffer(fixedOffer(job, freelancer.id()));
        TestAccounts.signInAs(users, freelancer.email());
        contracts.acceptOffer(offer.id());
        assertThat(proposals.myProposals(PageRequest.of(0, 5))).extracting(MyProposal::id, MyProposal::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(sent.id(), ProposalState.HIRED));
    }

    @Test
    void only_the_jobs_client_may_offer_and_only_while_it_is_open() {
        JobId job = postJob();
        var freelancer = newMember("Olli Open", Role.FREELANCER);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.invite(job, freelancer.id(), "Hello");

        var other = newMember("Cora Competitor", Role.CLIENT);
        TestAccounts.signInAs(users, other.email());
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, freelancer.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.job.not-open"));
        assertThatThrownBy(() -> jobs.invitationsOf(job)).isInstanceOf(UserFacingException.class);
        assertThat(jobs.isInvited(job, freelancer.id())).isFalse();
        TestAccounts.signInAs(users, freelancer.email());
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, freelancer.id())))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.close(job, CloseReason.CANCELLED);
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, freelancer.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.job.not-open"));
    }

    @Test
    void nobody_makes_an_offer_to_themselves() {
        var both = newMember("Bo Both", Role.CLIENT);
        TestAccounts.signInAs(users, both.email());
        accounts.addRole(Role.FREELANCER);
        TestAccounts.signInAs(users, both.email());
        JobId job = jobs.post(draft(), true).id();
        jobs.invite(job, both.id(), "Me, myself");
        assertThatThrownBy(() -> contracts.sendOffer(fixedOffer(job, both.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("offer.own-job"));
    }

    private static OfferDraft fixedOffer(JobId job, UserId freelancer) {
        return OfferDraft.toInvited(job, freelancer, JobType.FIXED, List.of(
                new MilestoneDraft("Sketches", Money.ofMajor(200, "USD"), null),
                new MilestoneDraft("Final files", Money.ofMajor(300, "USD"), null)), null, null, "Let's start.");
    }

    private JobId postJob() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(draft(), true);
        TestAccounts.signOut();
        return job.id();
    }

    private static JobDraft draft() {
        return JobDraft.of("Logo for our neighbourhood café", "A logo for cups, the sign and the menu.",
                "design-creative", List.of("logo-design"), JobType.FIXED, Money.ofMajor(500, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH);
    }

    record Member(String email, UserId id) {}

    private Member newMember(String name, Role role) {
        String email = TestAccounts.uniqueEmail("member");
        accounts.signUp(new SignUpRequest(name, email, "copper kettle mountain", role));
        return new Member(email, ((AccountPrincipal) users.loadUserByUsername(email)).userId());
    }
}
