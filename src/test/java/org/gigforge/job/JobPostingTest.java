package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class JobPostingTest {

    @Autowired JobService jobs;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_client_publishes_a_fixed_price_job_that_everyone_sees() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(fixed("Redesign our bakery's menu board", Money.ofMajor(450, "USD")), true);

        assertThat(job.state()).isEqualTo(JobState.OPEN);
        assertThat(job.clientName()).isEqualTo("Maya Lindqvist");
        TestAccounts.signOut();
        assertThat(jobs.openJobs(null, PageRequest.of(0, 5))).first()
                .satisfies(first -> assertThat(first.id()).isEqualTo(job.id()));
    }

    @Test
    void a_draft_stays_private_to_its_client() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var draft = jobs.post(fixed("Draft: bookkeeping help for March", Money.ofMajor(300, "USD")), false);
        assertThat(draft.state()).isEqualTo(JobState.DRAFT);
        assertThat(jobs.myJobs(PageRequest.of(0, 100))).extracting(JobSummary::id).contains(draft.id());
        assertThat(jobs.openJobs(null, PageRequest.of(0, 100))).extracting(JobSummary::id).doesNotContain(draft.id());
    }

    @Test
    void html_in_the_text_is_kept_as_text() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("<script>alert(1)</script> Logo", "Make a <b>logo</b> <img src=x onerror=alert(1)>",
                "design-creative", List.of("logo-design"), JobType.FIXED, Money.ofMajor(200, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), false);
        assertThat(job.title()).isEqualTo("<script>alert(1)</script> Logo");
    }

    @Test
    void refuses_bad_input_field_by_field_and_saves_nothing() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        long before = jobs.countMyJobs();
        assertThatThrownBy(() -> jobs.post(JobDraft.of(" ", "", "no-such-category", List.of("react", "not-a-skill"),
                JobType.FIXED, Money.ofMajor(0, "USD"), null, null, null, null), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("title", "description", "experienceLevel", "duration"));
        assertThatThrownBy(() -> jobs.post(fixed("x".repeat(121), Money.ofMajor(100, "USD")), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.title.too-long"));
        assertThatThrownBy(() -> jobs.post(JobDraft.of("Title", "Text", "no-such-category", List.of("react", "not-a-skill"),
                JobType.FIXED, Money.ofMajor(0, "USD"), null, null, ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK),
                true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("categoryCode", "skills", "budget"));
        assertThatThrownBy(() -> jobs.post(fixed("Absurd budget", Money.ofMajor(50_000_000, "USD")), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("budget"));
        assertThatThrownBy(() -> jobs.post(hourly(Money.ofMajor(80, "USD"), Money.ofMajor(40, "USD")), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.rate.inverted"));
        var sixteen = List.of("react", "javascript", "typescript", "node-js", "html5", "css3", "vue-js", "angular", "php", "laravel",
                "django", "python", "ruby-on-rails", "wordpress", "shopify", "graphql");
        assertThatThrownBy(() -> jobs.post(JobDraft.of("Too many skills", "Text", "web-development", sixteen, JobType.FIXED,
                Money.ofMajor(100, "USD"), null, null, ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("job.skills.count"));
        assertThat(jobs.countMyJobs()).isEqualTo(before);
    }

    @Test
    void an_hourly_job_needs_a_sane_rate_range() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(hourly(Money.ofMajor(40, "USD"), Money.ofMajor(60, "USD")), true);
        assertThat(job.rateMin()).isEqualTo(Money.ofMajor(40, "USD"));
        assertThatThrownBy(() -> jobs.post(hourly(Money.ofMajor(1, "USD"), Money.ofMajor(60, "USD")), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rateMin"));
    }

    @Test
    void freelancers_cannot_post_jobs() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> jobs.post(fixed("Sneaky", Money.ofMajor(100, "USD")), true))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private static JobDraft fixed(String title, Money budget) {
        return JobDraft.of(title, "We need a clear, printable menu board for two shop windows.", "design-creative",
                List.of("graphic-design"), JobType.FIXED, budget, null, null, ExperienceLevel.INTERMEDIATE,
                ProjectDuration.LESS_THAN_MONTH);
    }

    private static JobDraft hourly(Money low, Money high) {
        return JobDraft.of("Ongoing React help", "Two days a week on our React dashboard.", "web-development",
                List.of("react", "typescript"), JobType.HOURLY, null, low, high, ExperienceLevel.EXPERT,
                ProjectDuration.THREE_TO_SIX_MONTHS);
    }
}
