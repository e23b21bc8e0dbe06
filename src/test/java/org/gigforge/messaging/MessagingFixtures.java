package org.gigforge.messaging;

import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People and a job to talk about, fresh for every test so counts are not shared: a client who posted a job, a
 * freelancer who applied to it, and a stranger (another freelancer) who did not.
 */
public final class MessagingFixtures {

    public static final String PASSWORD = "copper kettle mountain";

    /** The cast of one test. */
    public record Cast(String client, UserId clientId, String freelancer, UserId freelancerId, String stranger,
            UserId strangerId, JobId job) {}

    private final AccountService accounts;
    private final JobService jobs;
    private final ProposalService proposals;
    private final UserDetailsService users;

    public MessagingFixtures(ApplicationContext context) {
        this.accounts = context.getBean(AccountService.class);
        this.jobs = context.getBean(JobService.class);
        this.proposals = context.getBean(ProposalService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public Cast cast() {
        String client = member("Clara Client", Role.CLIENT);
        String freelancer = member("Felix Freelancer", Role.FREELANCER);
        String stranger = member("Stan Stranger", Role.FREELANCER);
        UserId clientId = TestAccounts.signInAs(users, client).userId();
        JobId job = jobs.post(JobDraft.of("Illustrate a children's book cover", "One cover, front and back, print-ready.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(400, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true).id();
        UserId freelancerId = TestAccounts.signInAs(users, freelancer).userId();
        proposals.submit(job, new ProposalDraft(
                "I have illustrated six picture books and can send sketches within three days of starting.",
                Money.ofMajor(380, "USD")));
        UserId strangerId = TestAccounts.signInAs(users, stranger).userId();
        TestAccounts.signOut();
        return new Cast(client, clientId, freelancer, freelancerId, stranger, strangerId, job);
    }

    public String member(String name, Role role) {
        String email = TestAccounts.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        accounts.signUp(new SignUpRequest(name, email, PASSWORD, role));
        return email;
    }

    public void signInAs(String email) {
        TestAccounts.signInAs(users, email);
    }
}
