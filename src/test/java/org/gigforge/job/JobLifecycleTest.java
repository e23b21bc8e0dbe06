package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Draft → open → closed, who may move a job, and the admin's take-down with a reason. */
@GigforgeTest
class JobLifecycleTest {

    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_state_move_is_checked_in_one_place() {
        assertThat(JobState.DRAFT.canMoveTo(JobState.OPEN)).isTrue();
        assertThat(JobState.DRAFT.canMoveTo(JobState.CLOSED)).isTrue();
        assertThat(JobState.OPEN.canMoveTo(JobState.CLOSED)).isTrue();
        assertThat(JobState.OPEN.canMoveTo(JobState.DRAFT)).isFalse();
        assertThat(JobState.CLOSED.next()).isEmpty();
    }

    @Test
    void a_client_publishes_a_draft_then_marks_it_filled_once() {
        String client = newClient();
        TestAccounts.signInAs(users, client);
        var draft = jobs.post(draft("Translate our app store listing into Spanish"), false);

        assertThat(jobs.publish(draft.id()).state()).isEqualTo(JobState.OPEN);
        assertThatThrownBy(() -> jobs.publish(draft.id()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.state.not-allowed"));
        var closed = jobs.close(draft.id(), CloseReason.FILLED);
        assertThat(closed.state()).isEqualTo(JobState.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(CloseReason.FILLED);
        assertThatThrownBy(() -> jobs.close(draft.id(), CloseReason.CANCELLED))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.state.not-allowed"));
        assertThat(jobs.openJob(draft.id())).isEmpty();
        assertThatThrownBy(() -> jobs.close(draft.id(), CloseReason.TAKEN_DOWN))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.close.reason-not-allowed"));
    }

    @Test
    void only_the_owner_moves_a_job() {
        TestAccounts.signInAs(users, newClient());
        var job = jobs.post(draft("Bookkeeping for a bakery"), true);

        TestAccounts.signInAs(users, newClient());
        assertThatThrownBy(() -> jobs.close(job.id(), CloseReason.CANCELLED))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("job.not-found"));
        assertThat(jobs.myJob(job.id())).isEmpty();
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> jobs.close(job.id(), CloseReason.CANCELLED)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> jobs.takeDown(job.id(), "Looks like a scam to me")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jobs.openJob(job.id())).isPresent();
    }

    @Test
    void an_admin_takes_a_job_down_with_a_reason_its_client_can_read() {
        String client = newClient();
        TestAccounts.signInAs(users, client);
        var job = jobs.post(draft("Earn $500 a day from home, pay the starter fee"), true);

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThatThrownBy(() -> jobs.takeDown(job.id(), "spam"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        var found = jobs.findJobs(new JobFilter("STARTER FEE", JobState.OPEN, "writing-translation"),
                PageRequest.of(0, 10, Sort.by("createdAt")));
        assertThat(found).extracting(JobSummary::id).containsExactly(job.id());
        jobs.takeDown(job.id(), "Asks applicants to pay a fee, which our rules forbid.");
        assertThat(jobs.countJobs(new JobFilter("starter fee", JobState.OPEN, null))).isZero();

        TestAccounts.signInAs(users, client);
        var mine = jobs.myJob(job.id()).orElseThrow();
        assertThat(mine.closeReason()).isEqualTo(CloseReason.TAKEN_DOWN);
        assertThat(mine.moderationNote()).isEqualTo("Asks applicants to pay a fee, which our rules forbid.");
        assertThat(jobs.openJob(job.id())).isEmpty();
    }

    private String newClient() {
        String email = TestAccounts.uniqueEmail("lifecycle.client");
        accounts.signUp(new SignUpRequest("Cleo Client", email, "copper kettle mountain", Role.CLIENT));
        return email;
    }

    private static JobDraft draft(String title) {
        return JobDraft.of(title, "About twenty short texts; a glossary is ready.", "writing-translation",
                List.of("spanish-translation"), JobType.FIXED, Money.ofMajor(300, "USD"), null, null,
                ExperienceLevel.INTERMEDIATE, ProjectDuration.LESS_THAN_WEEK);
    }
}
