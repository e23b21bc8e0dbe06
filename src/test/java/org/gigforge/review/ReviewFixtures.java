package org.gigforge.review;

import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
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

/** A running contract between the demo client and a fresh freelancer, quickly. */
public final class ReviewFixtures {

    private ReviewFixtures() {}

    public record Deal(Contract contract, String freelancer) {}

    public static Deal runningContract(UserDetailsService users, AccountService accounts, JobService jobs,
            ProposalService proposals, ContractService contracts) {
        String freelancer = TestAccounts.uniqueEmail("reviewed");
        accounts.signUp(new SignUpRequest("Rui Reviewed", freelancer, "copper kettle mountain", Role.FREELANCER));
        return runningContract(users, freelancer, jobs, proposals, contracts);
    }

    /** With a given freelancer, e.g. the demo freelancer whose public profile exists. */
    public static Deal runningContract(UserDetailsService users, String freelancer, JobService jobs,
            ProposalService proposals, ContractService contracts) {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Translate a bakery menu into Portuguese", "One page, forty items, by Friday.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(200, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true);
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I translate menus for bakeries in Lisbon every month and can deliver this one by Thursday.",
                Money.ofMajor(200, "USD")));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.FIXED,
                List.of(new MilestoneDraft("Menu", Money.ofMajor(200, "USD"), null)), null, null, "Welcome aboard."));
        TestAccounts.signInAs(users, freelancer);
        return new Deal(contracts.acceptOffer(offer.id()), freelancer);
    }
}
