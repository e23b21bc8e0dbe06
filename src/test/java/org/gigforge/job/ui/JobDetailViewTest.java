package org.gigforge.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The public job page: readable by visitors at its readable address, with similar jobs and the way to apply. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class JobDetailViewTest extends SpringBrowserlessTest {

    @Autowired JobService jobs;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_visitor_reads_an_open_job_at_its_readable_address() {
        JobSummary job = jobs.openJobs("web-development", PageRequest.of(0, 1)).getFirst();
        assertThat(job.path()).matches("jobs/" + job.id() + "-[a-z0-9-]+");

        UI.getCurrent().navigate(job.path());

        assertThat(getCurrentView()).isInstanceOf(JobDetailView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(job.title());
        assertThat(find(Button.class).withId("job-apply").single().getText()).isEqualTo("Log in to apply");
        // Similar jobs link to their own pages, never to this one.
        assertThat(find(Anchor.class).withClassName("gf-similar-link").all())
                .isNotEmpty()
                .allMatch(a -> a.getHref().startsWith("jobs/") && !a.getHref().equals(job.path()));
        // The id alone is enough; the slug is for people and search engines.
        UI.getCurrent().navigate("jobs/" + job.id());
        assertThat(getCurrentView()).isInstanceOf(JobDetailView.class);
    }

    @Test
    void unknown_and_malformed_addresses_are_not_found() {
        UI.getCurrent().navigate("jobs/999999999-nothing-here");
        assertThat(getCurrentView()).isNotInstanceOf(JobDetailView.class);
        UI.getCurrent().navigate("jobs/drop-table");
        assertThat(getCurrentView()).isNotInstanceOf(JobDetailView.class);
    }

    @Test
    void a_freelancer_is_offered_to_apply() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        JobSummary job = jobs.openJobs(null, PageRequest.of(0, 1)).getFirst();
        UI.getCurrent().navigate(job.path());
        assertThat(find(Button.class).withId("job-apply").single().getText()).isEqualTo("Apply");
    }
}
