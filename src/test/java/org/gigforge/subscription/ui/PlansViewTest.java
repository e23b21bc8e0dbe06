package org.gigforge.subscription.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestClock;
import org.gigforge.platform.Money;
import org.gigforge.profile.FreelancerProfileData;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;
import org.gigforge.profile.ProfileAddressService;
import org.gigforge.profile.ProfileService;
import org.gigforge.subscription.Subscribing;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.ui.AccountView;
import org.gigforge.job.ui.PostJobView;
import org.gigforge.profile.ui.PublicProfileView;
import org.gigforge.subscription.PlanFeature;
import org.gigforge.subscription.SubscriptionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The plans page in demo mode, the Plus tools on the account page, and a profile at its own address. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class PlansViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired SubscriptionService subscriptions;
    @Autowired UserDetailsService users;
    @Autowired ProfileService profiles;
    @Autowired ProfileAddressService addresses;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
        clock.reset();
    }

    @Test
    void a_freelancer_subscribes_to_plus_in_demo_mode_and_cancels_at_period_end() {
        String email = TestAccounts.uniqueEmail("plans.view");
        accounts.signUp(new SignUpRequest("Pia Plans", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);

        navigate(PlansView.class);
        assertThat(find(Paragraph.class).id("plans-demo").getText()).startsWith("Demo mode");
        assertThat(find(Paragraph.class).id("plans-no-ranking").isVisible()).isTrue();
        assertThat(find(Button.class).withId("plan-business-subscribe").exists()).isFalse();
        test(find(Button.class).id("plan-plus-subscribe")).click();

        assertThat(subscriptions.myEntitlements().has(PlanFeature.CUSTOM_PROFILE_URL)).isTrue();
        assertThat(find(Paragraph.class).id("plan-plus-status").getText()).startsWith("Active, renews on");
        test(find(Button.class).id("plan-plus-cancel")).click();
        assertThat(find(Paragraph.class).id("plan-plus-status").getText()).startsWith("Cancelled, active until");
        assertThat(find(Button.class).withId("plan-plus-resume").exists()).isTrue();
    }

    @Test
    void the_demo_freelancer_sets_an_address_on_the_account_page_and_the_profile_opens_there() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        navigate(AccountView.class);
        String slug = "daniel-" + Long.toString(System.nanoTime(), 36);
        test(find(TextField.class).id("profile-address")).setValue("no");
        test(find(Button.class).id("profile-address-save")).click();
        assertThat(find(TextField.class).id("profile-address").isInvalid()).isTrue();
        test(find(TextField.class).id("profile-address")).setValue(slug);
        test(find(Button.class).id("profile-address-save")).click();
        assertThat(find(Anchor.class).id("profile-address-link").getHref()).isEqualTo("u/" + slug);
        assertThat(find(Paragraph.class).id("profile-views-total").getText()).endsWith("in the last 30 days");
        assertThat(find(Div.class).id("profile-views-chart").getChildren().count()).isEqualTo(30);

        TestAccounts.signOut();
        UI.getCurrent().navigate("u/" + slug);
        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        assertThat(((PublicProfileView) getCurrentView()).getPageTitle()).isEqualTo("Daniel Okafor · Gigforge");
    }

    @Test
    void when_plus_ends_the_own_address_forwards_to_the_usual_profile_address() {
        clock.set(Instant.parse("2026-09-01T08:00:00Z"));
        String email = TestAccounts.uniqueEmail("plans.forward");
        accounts.signUp(new SignUpRequest("Fern Forward", email, "copper kettle mountain", Role.FREELANCER));
        var me = TestAccounts.signInAs(users, email).userId();
        profiles.saveMyFreelancerProfile(new FreelancerProfileData("Bookbinder", "Ten years of bookbinding for small"
                + " shops.", List.of("illustration"), Money.ofMajor(55, "USD"), ExperienceLevel.EXPERT, "Berlin", "DE", 25, true, "",
                List.of(new LanguageSkill("en", LanguageLevel.FLUENT)), List.of()));
        long plus = ((Subscribing.Activated) subscriptions.subscribe("plus")).subscription().id();
        String slug = "fern-" + Long.toString(System.nanoTime(), 36);
        addresses.setMyAddress(slug);
        subscriptions.cancel(plus);
        TestAccounts.signOut();

        UI.getCurrent().navigate("u/" + slug);
        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("u/" + slug);

        clock.advance(Duration.ofDays(31));
        UI.getCurrent().navigate("u/" + slug);
        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("freelancers/" + me);
        assertThat(((PublicProfileView) getCurrentView()).getPageTitle()).isEqualTo("Fern Forward · Gigforge");
    }

    @Test
    void posting_a_job_says_how_many_open_jobs_the_plan_allows() {
        String email = TestAccounts.uniqueEmail("plans.post");
        accounts.signUp(new SignUpRequest("Cleo Count", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);
        navigate(PostJobView.class);
        assertThat(find(Paragraph.class).id("post-job-open-jobs").getText()).startsWith("Open jobs: 0 of 10.");

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        navigate(PostJobView.class);
        assertThat(find(Paragraph.class).withId("post-job-open-jobs").exists()).isFalse();
    }
}
