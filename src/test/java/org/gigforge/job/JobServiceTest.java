package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
class JobServiceTest {

    @Autowired JobService jobs;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void visitors_see_open_jobs_newest_first_in_capped_pages() {
        var page = jobs.openJobs(null, PageRequest.of(0, 500));
        assertThat(page).hasSize(JobService.MAX_PAGE_SIZE).allMatch(j -> j.state() == JobState.OPEN);
        assertThat(page).extracting(JobSummary::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page).allMatch(j -> !j.clientName().isBlank());
        var second = jobs.openJobs(null, PageRequest.of(1, 100));
        assertThat(second).doesNotContainAnyElementsOf(page);

        var design = jobs.openJobs("design-creative", PageRequest.of(0, 100));
        assertThat(design).isNotEmpty().allMatch(j -> j.categoryCode().equals("design-creative"));
        assertThat(jobs.countOpenJobs("design-creative")).isEqualTo(design.size());
    }

    @Test
    void a_client_sees_only_their_own_jobs() {
        var client = TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var mine = jobs.myJobs(PageRequest.of(0, 50));
        assertThat(mine).isNotEmpty().allMatch(j -> j.clientId().equals(client.userId()));
        assertThat(jobs.countMyJobs()).isEqualTo(mine.size());
    }

    @Test
    void a_freelancer_cannot_call_client_only_methods() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> jobs.myJobs(PageRequest.of(0, 10))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> jobs.countMyJobs()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymous_callers_cannot_call_client_only_methods() {
        assertThatThrownBy(() -> jobs.myJobs(PageRequest.of(0, 10))).isInstanceOf(Exception.class);
    }
}
