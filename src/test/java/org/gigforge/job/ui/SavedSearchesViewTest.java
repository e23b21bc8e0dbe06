package org.gigforge.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.job.SavedSearchService;
import org.gigforge.job.internal.SavedSearchMatching;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A freelancer's Saved searches page: alerts with the unread count, open, rename and delete. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class SavedSearchesViewTest extends SpringBrowserlessTest {

    @Autowired SavedSearchService savedSearches;
    @Autowired SavedSearchMatching matching;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_freelancer_sees_new_matches_opens_renames_and_deletes_a_search() {
        String freelancer = TestAccounts.uniqueEmail("saved.view");
        accounts.signUp(new SignUpRequest("Paula Page", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, freelancer);
        var query = JobQuery.all().withText("quasarwind").withType(JobType.FIXED).withRemote(true);
        var saved = savedSearches.save("Quasarwind", query);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Quasarwind turbine dashboard", "Charts for our wind turbines.",
                "web-development", List.of("javascript"), JobType.FIXED, Money.ofMajor(700, "USD"), null, null,
                ExperienceLevel.INTERMEDIATE, ProjectDuration.LESS_THAN_MONTH), true);
        TestAccounts.signOut();
        matching.match(job.id().value());

        TestAccounts.signInAs(users, freelancer);
        UI.getCurrent().navigate(SavedSearchesView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Quasarwind");
        assertThat(find(H2.class).withId("saved-search-alerts-title").single().getText())
                .isEqualTo("New jobs for your searches (1 unread)");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains(job.path());

        test(find(Button.class).withId("saved-search-mark-read").single()).click();
        assertThat(find(H2.class).withId("saved-search-alerts-title").single().getText())
                .isEqualTo("New jobs for your searches");

        test(find(Button.class).withId("saved-search-rename-" + saved.id()).single()).click();
        test(find(TextField.class).withId("saved-search-new-name").single()).setValue("Wind dashboards");
        test(find(Button.class).withId("saved-search-rename-confirm").single()).click();
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Wind dashboards");

        // "Open" shows the search on Find work, with the query in the address.
        test(find(Button.class).withId("saved-search-open-" + saved.id()).single()).click();
        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(JobQueryParameters.parse(location.getQueryParameters().getParameters()).query()).isEqualTo(query);
        assertThat(location.getQueryParameters().getQueryString()).isEqualTo("q=quasarwind&type=fixed&remote=true");

        UI.getCurrent().navigate(SavedSearchesView.class);
        test(find(Button.class).withId("saved-search-delete-" + saved.id()).single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(H3.class).all()).extracting(H3::getText).doesNotContain("Wind dashboards");
        assertThat(savedSearches.mine()).isEmpty();
    }

    @Test
    void a_freelancer_saves_the_search_shown_on_find_work_and_a_visitor_gets_no_button() {
        UI.getCurrent().navigate("work", QueryParameters.fromString("q=quasarwind&type=fixed"));
        assertThat(find(Button.class).withId("save-search").exists()).isFalse();

        String freelancer = TestAccounts.uniqueEmail("saved.find");
        accounts.signUp(new SignUpRequest("Sami Saver", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, freelancer);
        // Signing in loads a new page in the browser; here, leaving the view makes the next visit build it anew.
        UI.getCurrent().navigate(SavedSearchesView.class);
        UI.getCurrent().navigate("work", QueryParameters.fromString("q=quasarwind&type=fixed"));
        test(find(Button.class).withId("save-search").single()).click();
        var name = find(TextField.class).withId("save-search-name").single();
        assertThat(name.getValue()).as("suggested from the words searched").isEqualTo("quasarwind");
        test(name).setValue("Wind work");
        test(find(Button.class).withId("save-search-confirm").single()).click();

        assertThat(savedSearches.mine()).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("Wind work");
            assertThat(saved.query().text()).isEqualTo("quasarwind");
            assertThat(saved.query().type()).isEqualTo(JobType.FIXED);
        });
    }
}
