package org.gigforge.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.proposal.MyProposal;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposalState;
import org.gigforge.proposal.ReceivedProposal;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The client's proposal list: filter, sort by bid, compare side by side, decline with a reason the freelancer reads. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class JobProposalsViewTest extends SpringBrowserlessTest {

    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void proposals_are_filtered_sorted_compared_and_declined_with_a_reason() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobId job = jobs.post(JobDraft.of("Translate our menu into Spanish", "Two pages, food words, by Friday.",
                "writing-translation", List.of("copywriting"), JobType.FIXED, Money.ofMajor(120, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true).id();
        String cheap = propose(job, "Carla Cheap", 90);
        propose(job, "Dario Dear", 150);
        propose(job, "Elena Even", 120);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var byBid = proposals.receivedProposals(job, null, PageRequest.of(0, 10, Sort.by("bidMinor")));
        assertThat(byBid).extracting(ReceivedProposal::freelancerName).containsExactly("Carla Cheap", "Elena Even", "Dario Dear");
        var cheapest = byBid.getFirst();

        UI.getCurrent().navigate("client/jobs/" + job + "/proposals");
        @SuppressWarnings("unchecked")
        Grid<ReceivedProposal> grid = find(Grid.class).withId("received-proposals").single();
        grid.select(byBid.get(0));
        grid.select(byBid.get(1));
        var compare = find(Button.class).withId("proposal-compare").single();
        assertThat(compare.isEnabled()).isTrue();
        test(compare).click();
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("gf-compare-column").all()).hasSize(2);

        // Decline with a reason: the freelancer reads it.
        proposals.decline(cheapest.id(), "We chose someone who knows Catalan too.");
        assertThat(proposals.receivedProposals(job, ProposalState.DECLINED, PageRequest.of(0, 10)))
                .extracting(ReceivedProposal::freelancerName).containsExactly("Carla Cheap");
        assertThat(proposals.countReceivedProposals(job, ProposalState.VIEWED)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposals.decline(byBid.get(2).id(), "x".repeat(1_001)))
                .isInstanceOf(InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> proposals.findProposals(null, false, PageRequest.of(0, 5)))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(proposals.findProposals(ProposalState.DECLINED, false, PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "submittedAt"))))
                .extracting(org.gigforge.proposal.AdminProposal::freelancerName).contains("Carla Cheap");
        assertThat(proposals.countProposals(null, false)).isGreaterThanOrEqualTo(3);
        TestAccounts.signInAs(users, cheap);
        assertThat(proposals.myProposals(PageRequest.of(0, 5))).singleElement().satisfies(p -> {
            assertThat(p.state()).isEqualTo(ProposalState.DECLINED);
            assertThat(p.declineReason()).isEqualTo("We chose someone who knows Catalan too.");
        });
    }

    @Test
    void the_decline_dialog_takes_an_optional_reason() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobId job = jobs.post(JobDraft.of("Proofread a German brochure", "Eight pages, tone and commas.",
                "writing-translation", List.of("copywriting"), JobType.FIXED, Money.ofMajor(80, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true).id();
        String freelancer = propose(job, "Fritz Fine", 80);
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("client/jobs/" + job + "/proposals");
        @SuppressWarnings("unchecked")
        Grid<ReceivedProposal> grid = find(Grid.class).withId("received-proposals").single();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(0, 5);
        var decline = actions.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Decline")).findFirst().orElseThrow();
        test(decline).click();
        test(find(TextArea.class).withId("proposal-decline-reason").single()).setValue("The budget is spent elsewhere.");
        test(find(Button.class).withId("proposal-decline-confirm").single()).click();
        TestAccounts.signInAs(users, freelancer);
        assertThat(proposals.myProposals(PageRequest.of(0, 5))).extracting(MyProposal::declineReason)
                .containsExactly("The budget is spent elsewhere.");
    }

    private String propose(JobId job, String name, long bid) {
        String email = TestAccounts.uniqueEmail("translator");
        accounts.signUp(new SignUpRequest(name, email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        proposals.submit(job, new ProposalDraft("I translate menus for restaurants every week and know the food words well.",
                Money.ofMajor(bid, "USD")));
        return email;
    }
}
