package org.gigforge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.UserFilter;
import org.gigforge.account.ui.AccountView;
import org.gigforge.account.ui.SignUpView;
import org.gigforge.admin.ui.AdminUsersView;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.ui.ClientJobsView;
import org.gigforge.job.ui.FindWorkView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may open which view, what each role's home shows, and what visitors see on the landing page. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class ViewAccessTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Autowired
    JobService jobs;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_freelancer_does_not_get_the_client_jobs_view() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);

        UI.getCurrent().navigate("client/jobs");

        assertThat(getCurrentView()).isNotInstanceOf(ClientJobsView.class);
        assertThat(find(ClientJobsView.class).exists()).isFalse();
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @Test
    void a_client_gets_the_client_jobs_view_with_their_own_jobs() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        ClientJobsView home = navigate(ClientJobsView.class);

        assertThat(home.getId()).hasValue("client-home");
        @SuppressWarnings("unchecked")
        Grid<JobSummary> grid = find(Grid.class).from(home).single();
        var rows = test(grid);
        // The demo client owns the first six demo jobs, drafts included.
        assertThat(rows.size()).isEqualTo(jobs.countMyJobs()).isGreaterThanOrEqualTo(6);
        assertThat(IntStream.range(0, rows.size()).mapToObj(rows::getRow))
                .allSatisfy(job -> assertThat(job.clientName()).isEqualTo("Maya Lindqvist"))
                .extracting(JobSummary::state).contains(JobState.OPEN);
        assertThat(rows.getCellText(0, 0)).isEqualTo(rows.getRow(0).title());
    }

    @Test
    void an_anonymous_visitor_does_not_get_the_admin_view_but_is_sent_to_log_in() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(AdminUsersView.class);
        assertThat(find(Grid.class).withId("users-grid").exists()).isFalse();
        assertThat(((MockPage) UI.getCurrent().getPage()).getLastExternalNavigationURL()).isEqualTo("/login");
    }

    @Test
    void a_client_does_not_get_the_admin_view() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(AdminUsersView.class);
        assertThat(find(Grid.class).withId("users-grid").exists()).isFalse();
    }

    @Test
    void the_admin_gets_the_user_list_and_can_filter_it() {
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        navigate(AdminUsersView.class);

        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = find(Grid.class).id("users-grid");
        long everyone = accounts.countUsers(UserFilter.none());
        assertThat(everyone).isGreaterThan(100);
        assertThat(test(grid).size()).isEqualTo((int) everyone);

        test(find(TextField.class).id("users-filter-text")).setValue("DEMO.gigforge.org");

        var rows = test(grid);
        assertThat(IntStream.range(0, rows.size()).mapToObj(rows::getRow).map(AccountSummary::email))
                .containsExactlyInAnyOrder(TestAccounts.CLIENT, TestAccounts.FREELANCER, TestAccounts.ADMIN);

        @SuppressWarnings("unchecked")
        ComboBox<Role> role = find(ComboBox.class).id("users-filter-role");
        test(role).selectItem("Admin");

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).email()).isEqualTo(TestAccounts.ADMIN);
    }

    @Test
    void the_landing_page_shows_visitors_the_latest_open_jobs() {
        LandingView landing = navigate(LandingView.class);

        var cards = find(Div.class).withClassName("gf-job-card").from(landing).all();
        long open = jobs.countOpenJobs(null);
        assertThat(open).isGreaterThan(0);
        assertThat(cards).hasSize((int) Math.min(open, LandingView.LATEST_JOBS)).hasSizeLessThanOrEqualTo(8);
        assertThat(find(Button.class).withId("nav-login").exists()).isTrue();
        assertThat(find(Button.class).withId("nav-signup").exists()).isTrue();
        assertThat(find(MenuBar.class).withId("user-menu").exists()).isFalse();
    }

    @Test
    void members_opening_the_landing_page_go_to_their_own_home() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(ClientJobsView.class);

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(FindWorkView.class);

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(AdminUsersView.class);
    }

    @Test
    void the_navigation_lists_only_the_views_of_the_members_roles() {
        // Job search is open to everyone, visitors included.
        navigate(FindWorkView.class);
        assertThat(navigationPaths()).containsExactly("work");

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        navigate(ClientJobsView.class);
        assertThat(navigationPaths()).contains("client/jobs", "work").doesNotContain("proposals", "admin/users");

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        navigate(FindWorkView.class);
        assertThat(navigationPaths()).contains("work", "proposals").doesNotContain("client/jobs", "admin/users");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        navigate(AdminUsersView.class);
        assertThat(navigationPaths()).contains("admin/users").doesNotContain("client/jobs", "proposals");
    }

    @Test
    void a_member_sees_the_user_menu_instead_of_log_in_and_it_opens_the_account_page() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        // Signing in reloads the page in a browser, so the layout is built anew for the member.
        UI.getCurrent().getPage().reload();
        navigate(ClientJobsView.class);

        assertThat(find(Button.class).withId("nav-login").exists()).isFalse();
        MenuBar menu = find(MenuBar.class).id("user-menu");
        List<MenuItem> items = menu.getItems().getFirst().getSubMenu().getItems();
        assertThat(items).extracting(item -> item.getId().orElse("")).contains("menu-account", "menu-logout");

        new MenuBarTester<>(menu).clickItem(0, indexOf(items, "menu-account"));

        assertThat(getCurrentView()).isInstanceOf(AccountView.class);
    }

    @Test
    void the_calls_to_action_on_the_landing_page_open_sign_up_with_the_role_chosen() {
        for (Role role : new Role[] {Role.CLIENT, Role.FREELANCER}) {
            navigate(LandingView.class);
            String caption = role == Role.CLIENT ? "Hire talent" : "Find work";

            test(find(Button.class).withText(caption).single()).click();

            assertThat(getCurrentView()).as(caption).isInstanceOf(SignUpView.class);
            assertThat(find(RadioButtonGroup.class).id("signup-role").getValue()).as(caption).isEqualTo(role);
        }
    }

    private static int indexOf(List<MenuItem> items, String id) {
        return IntStream.range(0, items.size())
                .filter(i -> items.get(i).getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private List<String> navigationPaths() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }
}
