package org.gigforge.dispute;

import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.MilestoneId;
import org.gigforge.contract.OfferDraft;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A fixed-price contract between a new client and a new freelancer with one funded milestone of 400 USD. */
public final class DisputeFixtures {

    private DisputeFixtures() {}

    public record FundedDeal(Contract contract, MilestoneId milestone, String client, String freelancer) {}

    public static FundedDeal fundedMilestone(UserDetailsService users, AccountService accounts, JobService jobs,
            ProposalService proposals, ContractService contracts) {
        String client = TestAccounts.uniqueEmail("dispute.client");
        accounts.signUp(new SignUpRequest("Dora Client", client, "copper kettle mountain", Role.CLIENT));
        String freelancer = TestAccounts.uniqueEmail("dispute.freelancer");
        accounts.signUp(new SignUpRequest("Fynn Freelancer", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, client);
        var job = jobs.post(JobDraft.of("Illustrate a children's book cover", "One cover, front and back, print-ready.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(400, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I illustrated six picture books for small publishers and can show you sketches by Friday.",
                Money.ofMajor(400, "USD")));
        TestAccounts.signInAs(users, client);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED,
                List.of(new MilestoneDraft("Cover artwork", Money.ofMajor(400, "USD"), null)), null, null, "Welcome aboard."));
        TestAccounts.signInAs(users, freelancer);
        var contract = contracts.acceptOffer(offer.id());
        var milestone = contract.milestones().getFirst().id();
        TestAccounts.signInAs(users, client);
        contract = contracts.fundMilestone(milestone);
        return new FundedDeal(contract, milestone, client, freelancer);
    }
}
