package org.gigforge.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.search.ReindexProgress;
import org.gigforge.search.internal.ReindexJob;
import org.gigforge.search.internal.Reindexing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The search index page: admins only; a rebuild started there is followed live to its end. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AdminSearchIndexViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired Reindexing reindexing;
    @Autowired ReindexJob reindexJob;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void members_who_are_not_admins_do_not_get_the_page() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        UI.getCurrent().navigate("admin/search");
        assertThat(getCurrentView()).isNotInstanceOf(AdminSearchIndexView.class);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("admin/search");
        assertThat(getCurrentView()).isNotInstanceOf(AdminSearchIndexView.class);
        assertThat(find(Button.class).withId("search-rebuild").exists()).isFalse();
    }

    @Test
    void the_admin_starts_a_rebuild_and_follows_it_to_the_end() throws InterruptedException {
        // The start-up check (or another test) may have queued a rebuild that no worker ran here: finish it first.
        var pending = reindexing.latest().filter(p -> p.state() == ReindexProgress.State.QUEUED);
        if (pending.isPresent()) {
            reindexJob.run(pending.get().id());
        }
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        navigate(AdminSearchIndexView.class);
        assertThat(state()).isEqualTo("Done");
        assertThat(find(SideNav.class).single().getItems()).extracting(SideNavItem::getPath).contains("admin/search");

        test(find(Button.class).id("search-rebuild")).click();

        // Background jobs do not run in tests: the run waits in the queue, and the page keeps asking.
        var queued = reindexing.latest().orElseThrow();
        assertThat(queued.state()).isEqualTo(ReindexProgress.State.QUEUED);
        assertThat(state()).isEqualTo("Queued");
        assertThat(find(Button.class).id("search-rebuild").isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(AdminSearchIndexView.POLL_MILLIS);

        // A worker runs it (as JobRunr would, on any node); the next poll shows the end.
        reindexJob.run(queued.id());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        var done = reindexing.latest().orElseThrow();
        assertThat(done.state()).isEqualTo(ReindexProgress.State.DONE);
        assertThat(state()).isEqualTo("Done");
        assertThat(find(ProgressBar.class).id("search-progress").getValue()).isEqualTo(100);
        assertThat(find(Span.class).id("search-progress-counts").getText())
                .isEqualTo(done.done() + " of " + done.total() + " documents (100 %)");
        assertThat(done.total()).isPositive();
        assertThat(find(DescriptionList.Description.class).id("search-fact-finished-at").getText()).isNotEqualTo("—");
        assertThat(find(DescriptionList.Description.class).id("search-fact-errors").getText()).isEqualTo("None");
        assertThat(find(Button.class).id("search-rebuild").isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private String state() {
        return find(Span.class).from(find(Span.class).id("search-state")).withClassName("gf-badge").single().getText();
    }
}
