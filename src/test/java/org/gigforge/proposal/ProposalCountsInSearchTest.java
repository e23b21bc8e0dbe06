package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobHits;
import org.gigforge.job.JobId;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A job's proposal count in search follows proposals sent and withdrawn, right after their commit. */
@GigforgeTest
class ProposalCountsInSearchTest {

    @Autowired ProposalService proposals;
    @Autowired JobService jobs;
    @Autowired JobSearchService search;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void sending_and_withdrawing_a_proposal_updates_the_jobs_count_in_the_index() {
        String word = uniqueWord();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobId job = jobs.post(JobDraft.of("Poster for the " + word + " festival", "An A2 poster for a summer festival.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(300, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true).id();
        assertThat(proposalsInIndex(word, job)).isZero();

        String email = TestAccounts.uniqueEmail("counted");
        accounts.signUp(new SignUpRequest("Cora Counted", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        var sent = proposals.submit(job, new ProposalDraft(ProposalServiceTest.LETTER, Money.ofMajor(280, "USD")));
        assertThat(proposalsInIndex(word, job)).isEqualTo(1);
        assertThat(search.search(JobQuery.all().withText(word).withProposals(JobQuery.ProposalsBucket.LESS_THAN_5))
                .total()).isEqualTo(1);

        proposals.withdraw(sent.id());
        assertThat(proposalsInIndex(word, job)).isZero();
    }

    private long proposalsInIndex(String word, JobId job) {
        JobHits found = search.search(JobQuery.all().withText(word));
        assertThat(found.hits()).extracting(JobHits.Hit::id).containsExactly(job);
        return found.hits().getFirst().proposals();
    }

    /** A made-up word no other job has, not even within two typos. */
    private static String uniqueWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
