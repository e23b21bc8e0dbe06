package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.job.internal.SavedSearchMatching;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Saved searches and their alerts: a published job that matches raises exactly one alert (and one event) per
 * matching search, however often matching runs; others raise none; invite-only jobs never alert; nobody reads or
 * changes another freelancer's searches. Matching is run here as the JobRunr worker would run it.
 */
@GigforgeTest
@RecordApplicationEvents
class SavedSearchServiceTest {

    @Autowired SavedSearchService savedSearches;
    @Autowired SavedSearchMatching matching;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String member(String name, Role role) {
        String email = TestAccounts.uniqueEmail("saved." + role.name().toLowerCase());
        accounts.signUp(new SignUpRequest(name, email, "copper kettle mountain", role));
        return email;
    }

    private JobId post(String title, JobType type, JobVisibility visibility) {
        var draft = new JobDraft(title, "Firmware for a small sensor board, written carefully.", "web-development",
                List.of("javascript"), type, type == JobType.FIXED ? Money.ofMajor(900, "USD") : null,
                type == JobType.HOURLY ? Money.ofMajor(40, "USD") : null,
                type == JobType.HOURLY ? Money.ofMajor(60, "USD") : null, ExperienceLevel.EXPERT,
                ProjectDuration.LESS_THAN_MONTH, JobLocation.anywhere(), List.of(), visibility, List.of());
        return jobs.post(draft, true).id();
    }

    @Test
    void a_matching_job_alerts_once_a_non_matching_or_invite_only_job_never() {
        String freelancer = member("Sami Saver", Role.FREELANCER);
        String client = member("Cleo Poster", Role.CLIENT);
        UserId me = TestAccounts.signInAs(users, freelancer).userId();
        var any = savedSearches.save("Zephyrcraft gigs", JobQuery.all().withText("zephyrcraft"));
        var hourly = savedSearches.save("Hourly zephyrcraft", JobQuery.all().withText("zephyrcraft").withType(JobType.HOURLY));
        assertThat(savedSearches.mine()).extracting(SavedSearch::name).containsExactly("Hourly zephyrcraft", "Zephyrcraft gigs");
        assertThat(savedSearches.mine().getLast().query()).isEqualTo(JobQuery.all().withText("zephyrcraft"));

        TestAccounts.signInAs(users, client);
        var fixedJob = post("Zephyrcraft firmware port", JobType.FIXED, JobVisibility.PUBLIC);
        var otherJob = post("Gardening blog posts", JobType.FIXED, JobVisibility.PUBLIC);
        var secretJob = post("Secret zephyrcraft prototype", JobType.HOURLY, JobVisibility.INVITE_ONLY);
        TestAccounts.signOut();
        // Publishing queued the matching as a background job, after the commit.
        assertThat(jdbc.queryForObject("select count(*) from jobrunr_jobs where jobsignature like ?", Long.class,
                "%SavedSearchMatching.match%")).isGreaterThanOrEqualTo(3);

        // The worker runs without a signed-in member.
        assertThat(matching.match(fixedJob.value())).isPositive();
        matching.match(fixedJob.value());
        matching.match(otherJob.value());
        assertThat(matching.match(secretJob.value())).isZero();

        TestAccounts.signInAs(users, freelancer);
        var alerts = savedSearches.alerts();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.savedSearchId()).isEqualTo(any.id());
            assertThat(a.jobId()).isEqualTo(fixedJob);
            assertThat(a.jobTitle()).isEqualTo("Zephyrcraft firmware port");
            assertThat(a.jobPath()).isEqualTo("jobs/" + fixedJob + "-zephyrcraft-firmware-port");
            assertThat(a.readAt()).isNull();
        });
        assertThat(events.stream(SavedSearchMatched.class).filter(e -> e.freelancer().equals(me)))
                .containsExactly(new SavedSearchMatched(any.id(), me, fixedJob));
        assertThat(savedSearches.unreadAlertCount()).isEqualTo(1);
        assertThat(savedSearches.mine()).filteredOn(s -> s.id().equals(any.id())).extracting(SavedSearch::unreadAlerts)
                .containsExactly(1L);
        assertThat(savedSearches.mine()).filteredOn(s -> s.id().equals(hourly.id())).extracting(SavedSearch::unreadAlerts)
                .containsExactly(0L);

        savedSearches.markAlertsRead();
        assertThat(savedSearches.unreadAlertCount()).isZero();
        assertThat(savedSearches.alerts().getFirst().readAt()).isNotNull();
    }

    @Test
    void nobody_reads_renames_or_deletes_another_freelancers_saved_searches() {
        String owner = member("Olli Owner", Role.FREELANCER);
        String other = member("Tina Other", Role.FREELANCER);
        String client = member("Carl Client", Role.CLIENT);
        TestAccounts.signInAs(users, owner);
        var mine = savedSearches.save("React remote", JobQuery.all().withText("react").withRemote(true));

        TestAccounts.signInAs(users, other);
        assertThat(savedSearches.mine()).isEmpty();
        assertThatThrownBy(() -> savedSearches.rename(mine.id(), "Stolen"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("saved-search.not-found"));
        assertThatThrownBy(() -> savedSearches.delete(mine.id())).isInstanceOf(UserFacingException.class);

        TestAccounts.signInAs(users, client);
        assertThatThrownBy(savedSearches::mine).isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, owner);
        assertThat(savedSearches.rename(mine.id(), "  React, remote only ").name()).isEqualTo("React, remote only");
        savedSearches.delete(mine.id());
        assertThat(savedSearches.mine()).isEmpty();
    }

    @Test
    void names_and_queries_are_checked() {
        TestAccounts.signInAs(users, member("Vic Valid", Role.FREELANCER));
        assertThatThrownBy(() -> savedSearches.save("  ", JobQuery.all()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("name"));
        assertThatThrownBy(() -> savedSearches.save("Bad", JobQuery.all().withCategory("no-such-category")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("category"));
        assertThat(savedSearches.mine()).isEmpty();
    }
}
