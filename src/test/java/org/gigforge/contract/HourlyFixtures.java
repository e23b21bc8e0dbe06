package org.gigforge.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Running hourly contracts between a new client and a new freelancer, so tests that move money or the clock
 * touch nobody else's ledger. The contract is made at the real time (so no job is dated in the future for other
 * tests), then its start is moved to the instant the test's clock begins at.
 */
public final class HourlyFixtures {

    private HourlyFixtures() {}

    public record HourlyDeal(ContractId contract, String client, String freelancer) {}

    public static HourlyDeal hourlyContract(UserDetailsService users, AccountService accounts, JobService jobs,
            ProposalService proposals, ContractService contracts, JdbcTemplate jdbc, long rateMajor, int capHours,
            Instant startedAt) {
        String client = TestAccounts.uniqueEmail("hourly.client");
        accounts.signUp(new SignUpRequest("Hana Hourly", client, "copper kettle mountain", Role.CLIENT));
        String freelancer = TestAccounts.uniqueEmail("hourly.freelancer");
        accounts.signUp(new SignUpRequest("Felix Hours", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, client);
        var job = jobs.post(JobDraft.of("Keep our bakery's shop running", "Updates, fixes and small features, a few hours a week.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(500, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true);
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I look after three small web shops every week and can take yours on from Monday, by the hour.",
                Money.ofMajor(500, "USD")));
        TestAccounts.signInAs(users, client);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst().id();
        var offer = contracts.sendOffer(new OfferDraft(proposal, JobType.HOURLY, List.of(), Money.ofMajor(rateMajor, "USD"),
                capHours, "By the hour, please."));
        TestAccounts.signInAs(users, freelancer);
        var contract = contracts.acceptOffer(offer.id());
        jdbc.update("update contract set started_at = ? where id = ?", Timestamp.from(startedAt), contract.id().value());
        return new HourlyDeal(contract.id(), client, freelancer);
    }
}
