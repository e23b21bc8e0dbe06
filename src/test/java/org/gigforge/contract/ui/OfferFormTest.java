package org.gigforge.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposedMilestone;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The offer form reached from an invitation (no proposal) and from a proposal that proposed milestones. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class OfferFormTest extends SpringBrowserlessTest {

    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired ContractService contracts;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_client_makes_an_offer_to_an_invited_freelancer_from_the_jobs_page() {
        JobId job = postJob();
        var invited = newFreelancer("Vera Invited");
        var stranger = newFreelancer("Sven Stranger");
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        jobs.invite(job, invited.id(), "Your sign paintings are lovely.");

        UI.getCurrent().navigate("client/jobs/" + job + "/proposals");
        test(find(Button.class).withId("invited-offer-" + invited.id()).single()).click();
        assertThat(getCurrentView()).isInstanceOf(MakeOfferView.class);
        assertThat(find(IntegerField.class).withId("offer-milestone-amount-0").single().getValue()).isEqualTo(500);
        test(find(Button.class).withId("offer-send").single()).click();
        assertThat(contracts.offersFor(job)).singleElement().satisfies(offer -> {
            assertThat(offer.freelancer()).isEqualTo(invited.id());
            assertThat(offer.fees().price()).isEqualTo(Money.ofMajor(500, "USD"));
        });

        // Someone the client never invited gets no offer form.
        UI.getCurrent().navigate("client/jobs/" + job + "/offer/" + stranger.id());
        assertThat(getCurrentView()).isNotInstanceOf(MakeOfferView.class);
    }

    @Test
    void the_offer_starts_from_the_milestones_the_freelancer_proposed() {
        JobId job = postJob();
        var freelancer = newFreelancer("Milo Milestones");
        TestAccounts.signInAs(users, freelancer.email());
        LocalDate due = LocalDate.now().plusDays(10);
        var sent = proposals.submit(job, new ProposalDraft(
                "Sketches first so you can choose, then the sign painted on site in two days.", Money.ofMajor(480, "USD"),
                List.of(), List.of(new ProposedMilestone("Sketches", Money.ofMajor(80, "USD"), due),
                        new ProposedMilestone("Painted sign", Money.ofMajor(400, "USD"), null)), List.of()));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("client/jobs/" + job + "/proposals");
        // The invited section is not there: nobody was invited to this job.
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("invited-freelancers").all()).isEmpty();
        UI.getCurrent().navigate("client/proposals/" + sent.id() + "/offer");
        assertThat(find(TextField.class).withId("offer-milestone-title-0").single().getValue()).isEqualTo("Sketches");
        assertThat(find(IntegerField.class).withId("offer-milestone-amount-1").single().getValue()).isEqualTo(400);
        test(find(Button.class).withId("offer-send").single()).click();
        assertThat(contracts.offersFor(job)).singleElement().satisfies(offer -> assertThat(offer.milestones())
                .containsExactly(new MilestoneDraft("Sketches", Money.ofMajor(80, "USD"), due),
                        new MilestoneDraft("Painted sign", Money.ofMajor(400, "USD"), null)));
        assertThat(proposals.receivedProposals(job, PageRequest.of(0, 5))).hasSize(1);
    }

    private JobId postJob() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        return jobs.post(JobDraft.of("Paint the sign above our bakery", "Hand-lettered, weatherproof, two colours.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(500, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true).id();
    }

    record Member(String email, UserId id) {}

    private Member newFreelancer(String name) {
        String email = TestAccounts.uniqueEmail("signs");
        accounts.signUp(new SignUpRequest(name, email, "copper kettle mountain", Role.FREELANCER));
        return new Member(email, ((AccountPrincipal) users.loadUserByUsername(email)).userId());
    }
}
