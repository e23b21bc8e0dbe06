package org.gigforge.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ContractState;
import org.gigforge.job.JobService;
import org.gigforge.profile.ProfileService;
import org.gigforge.profile.ui.PublicProfileView;
import org.gigforge.proposal.ProposalService;
import org.gigforge.review.ReviewDraft;
import org.gigforge.review.ReviewFixtures;
import org.gigforge.review.ReviewService;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.job.ui.JobDetailView;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The client reviews through the page; once both reviews are in, the freelancer's public profile shows it. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired ReviewService reviews;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired ProfileService profiles;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private void rate(String id, int stars) {
        test(find(RadioButtonGroup.class).id(id)).selectItem("★".repeat(stars));
    }

    @Test
    void the_client_reviews_and_the_review_reaches_the_public_profile() {
        var deal = ReviewFixtures.runningContract(users, TestAccounts.FREELANCER, jobs, proposals, contracts);
        var id = deal.contract().id();
        contracts.endContract(id, ContractState.CANCELLED);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("contracts/" + id + "/review");
        assertThat(getCurrentView()).isInstanceOf(ReviewView.class);
        // Submitting without stars is refused on the rating fields.
        test(find(Button.class).id("review-submit")).click();
        assertThat(find(RadioButtonGroup.class).id("review-overall").isInvalid()).isTrue();
        rate("review-overall", 5);
        rate("review-communication", 4);
        rate("review-quality", 5);
        rate("review-timeliness", 5);
        test(find(TextArea.class).id("review-public-text")).setValue("Daniel rebuilt our menu boards beautifully.");
        test(find(TextArea.class).id("review-private-feedback")).setValue("VIEW-SECRET");
        test(find(Button.class).id("review-submit")).click();
        assertThat(reviews.forContract(id).reviews()).singleElement()
                .satisfies(r -> assertThat(r.overall()).isEqualTo(5));
        assertThat(find(Div.class).id("review-mine").getElement().getTextRecursively()).contains("menu boards");

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        reviews.submit(id, new ReviewDraft(5, 5, 5, 5, "A clear brief.", ""));
        UI.getCurrent().navigate("contracts/" + id + "/review");
        String theirs = find(Div.class).id("review-theirs").getElement().getTextRecursively();
        assertThat(theirs).contains("menu boards").doesNotContain("VIEW-SECRET");

        var card = profiles.publicFreelancer(deal.contract().freelancer()).orElseThrow();
        TestAccounts.signOut();
        UI.getCurrent().navigate(card.path());
        assertThat(getCurrentView()).isInstanceOf(PublicProfileView.class);
        String section = find(Div.class).id("public-reviews").getElement().getTextRecursively();
        // Other tests review this freelancer too, so the figures are checked for their shape, the text for its words.
        assertThat(section).contains("menu boards").doesNotContain("VIEW-SECRET")
                .containsPattern("\\d\\.\\d out of 5 from \\d+ reviews?")
                .containsPattern("Communication \\d\\.\\d · Quality \\d\\.\\d · Timeliness \\d\\.\\d");

        // The freelancer's review of the client is what other freelancers read next to the client's open jobs.
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var next = jobs.post(JobDraft.of("Paint a second menu board for the terrace", "Same style as the first two boards.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(150, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true);
        TestAccounts.signOut();
        UI.getCurrent().navigate(next.path());
        assertThat(getCurrentView()).isInstanceOf(JobDetailView.class);
        assertThat(find(Div.class).id("client-reviews").getElement().getTextRecursively()).contains("A clear brief.");
        var spent = jobs.clientHistory(deal.contract().client()).spent();
        assertThat(find(UnorderedList.class).id("client-history").getElement().getTextRecursively())
                .contains(spent.isEmpty() ? "Nothing paid to freelancers yet" : Formats.money(spent.getFirst()));
    }
}
