package org.gigforge.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.profile.FreelancerCard;
import org.gigforge.profile.ProfileService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Anyone can read a freelancer's public profile at its readable address; private data never shows. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class PublicProfileViewTest extends SpringBrowserlessTest {

    @Autowired ProfileService profiles;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_visitor_reads_a_profile_without_the_email() {
        var demo = TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        TestAccounts.signOut();
        FreelancerCard card = profiles.publicFreelancer(demo.userId()).orElseThrow();
        assertThat(card.path()).isEqualTo("freelancers/" + demo.userId() + "-daniel-okafor");

        UI.getCurrent().navigate(card.path());

        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Daniel Okafor");
        String page = getCurrentView().getElement().getOuterHTML();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains(card.title());
        assertThat(page).doesNotContain(TestAccounts.FREELANCER).doesNotContain("@");
    }

    @Test
    void unknown_profiles_and_clients_are_not_found() {
        UI.getCurrent().navigate("freelancers/999999999-nobody");
        assertThat(getCurrentView()).isNotInstanceOf(PublicProfileView.class);
        // A client has no freelancer profile to show.
        var client = TestAccounts.signInAs(users, TestAccounts.CLIENT);
        TestAccounts.signOut();
        UI.getCurrent().navigate("freelancers/" + client.userId());
        assertThat(getCurrentView()).isNotInstanceOf(PublicProfileView.class);
    }
}
