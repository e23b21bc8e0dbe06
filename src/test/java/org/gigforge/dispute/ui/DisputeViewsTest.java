package org.gigforge.dispute.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import org.gigforge.TestAccounts;
import org.gigforge.GigforgeTest;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.ui.ContractView;
import org.gigforge.dispute.DisputeFixtures;
import org.gigforge.dispute.DisputeOutcome;
import org.gigforge.dispute.DisputeService;
import org.gigforge.dispute.DisputeState;
import org.gigforge.job.JobService;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A party opens a dispute from the contract page, the other side answers, an admin splits the money. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class DisputeViewsTest extends SpringBrowserlessTest {

    @Autowired DisputeService disputes;
    @Autowired ContractService contracts;
    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_party_opens_a_dispute_from_the_contract_page_and_the_other_side_answers() {
        var deal = DisputeFixtures.fundedMilestone(users, accounts, jobs, proposals, contracts);
        var milestone = deal.milestone();
        TestAccounts.signInAs(users, deal.client());
        UI.getCurrent().navigate("contracts/" + deal.contract().id());
        test(find(Button.class).withId("dispute-open-milestone-" + milestone).single()).click();
        assertThat(find(Div.class).withId("dispute-dialog").exists() || find(com.vaadin.flow.component.dialog.Dialog.class)
                .withId("dispute-dialog").exists()).isTrue();
        test(find(ComboBox.class).withId("dispute-reason").single()).selectItem("Work not delivered");
        test(find(TextArea.class).withId("dispute-statement").single()).setValue("Nothing arrived in four weeks.");
        test(find(Button.class).withId("dispute-confirm").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DisputeView.class);
        var dispute = disputes.disputesOf(deal.contract().id()).getFirst();
        assertThat(dispute.state()).isEqualTo(DisputeState.AWAITING_RESPONSE);
        assertThat(find(Div.class).withId("dispute-statement-card").single().getElement().getTextRecursively())
                .contains("Work not delivered", "Nothing arrived in four weeks.");
        assertThat(find(Paragraph.class).withId("dispute-deadline").single().getText()).startsWith("The other side may answer until");
        assertThat(find(TextArea.class).withId("dispute-answer-text").exists()).as("the opener does not answer").isFalse();
        assertThat(find(Button.class).withId("dispute-withdraw").exists()).isTrue();

        // Frozen: the contract page offers no second dispute and links to this one.
        UI.getCurrent().navigate("contracts/" + deal.contract().id());
        assertThat(find(Button.class).withId("dispute-open-milestone-" + milestone).exists()).isFalse();
        assertThat(find(Div.class).withId("milestone-" + milestone).single().getElement().getTextRecursively())
                .contains("Disputed — payment frozen", "Dispute open: awaiting the answer");

        TestAccounts.signInAs(users, deal.freelancer());
        UI.getCurrent().navigate("disputes/" + dispute.id());
        assertThat(find(Button.class).withId("dispute-withdraw").exists()).as("only the opener withdraws").isFalse();
        test(find(Button.class).withId("dispute-answer-send").single()).click();
        assertThat(find(TextArea.class).withId("dispute-answer-text").single().isInvalid()).isTrue();
        test(find(TextArea.class).withId("dispute-answer-text").single()).setValue("I sent the sketches by mail on day 3.");
        test(find(Button.class).withId("dispute-answer-send").single()).click();
        assertThat(disputes.dispute(dispute.id()).state()).isEqualTo(DisputeState.AWAITING_DECISION);
        assertThat(find(Div.class).withId("dispute-response-card").single().getElement().getTextRecursively())
                .contains("I sent the sketches by mail on day 3.");

        // A third member is shown "not found".
        String stranger = TestAccounts.uniqueEmail("dispute.nosy");
        accounts.signUp(new SignUpRequest("Nina Nosy", stranger, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, stranger);
        UI.getCurrent().navigate("disputes/" + dispute.id());
        assertThat(getCurrentView()).isNotInstanceOf(DisputeView.class);
    }

    @Test
    void an_admin_finds_the_dispute_in_the_grid_and_splits_the_money_with_a_written_decision() {
        var deal = DisputeFixtures.fundedMilestone(users, accounts, jobs, proposals, contracts);
        TestAccounts.signInAs(users, deal.freelancer());
        var opened = disputes.open(org.gigforge.contract.WorkRef.milestone(deal.milestone()),
                org.gigforge.dispute.DisputeReason.SCOPE, "The client wants a second cover for the same price.",
                java.util.List.of());
        TestAccounts.signInAs(users, deal.client());
        disputes.answer(opened.id(), "The back cover was always part of it.", java.util.List.of());

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        UI.getCurrent().navigate("admin/disputes");
        test(find(ComboBox.class).withId("disputes-filter-state").single()).selectItem("Awaiting decision");
        @SuppressWarnings("unchecked")
        Grid<org.gigforge.dispute.Dispute> grid = find(Grid.class).withId("admin-disputes").single();
        assertThat(test(grid).size()).isPositive();
        boolean listed = false;
        for (int row = 0; row < test(grid).size(); row++) {
            listed |= test(grid).getRow(row).id().equals(opened.id());
        }
        assertThat(listed).isTrue();

        UI.getCurrent().navigate("admin/disputes/" + opened.id());
        assertThat(find(Div.class).withId("dispute-case").single().getElement().getTextRecursively())
                .contains("Cover artwork", "Dispute opened", "Dispute answered");
        test(find(BigDecimalField.class).withId("decision-to-freelancer").single()).setValue(new BigDecimal("150"));
        assertThat(find(Paragraph.class).withId("decision-amounts").single().getText())
                .isEqualTo("$150 to the freelancer, $250 back to the client (with the service fee paid on it).");
        test(find(Button.class).withId("decision-decide").single()).click();
        assertThat(find(TextArea.class).withId("decision-text").single().isInvalid()).as("a written decision is required").isTrue();
        test(find(TextArea.class).withId("decision-text").single()).setValue("The back cover was agreed; half the work is done.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DisputeOutcome> outcome = find(RadioButtonGroup.class).withId("decision-outcome").single();
        assertThat(outcome.getValue()).isEqualTo(DisputeOutcome.SPLIT);
        test(find(Button.class).withId("decision-decide").single()).click();

        var decided = disputes.dispute(opened.id());
        assertThat(decided.state()).isEqualTo(DisputeState.DECIDED);
        assertThat(decided.toFreelancer()).isEqualTo(Money.ofMajor(150, "USD"));
        assertThat(find(Div.class).withId("dispute-decision-card").single().getElement().getTextRecursively())
                .contains("$150 to the freelancer", "$250 back to the client", "half the work is done");
        assertThat(find(Button.class).withId("decision-decide").exists()).as("decided once").isFalse();

        // Both sides read the decision; the milestone is settled.
        TestAccounts.signInAs(users, deal.client());
        UI.getCurrent().navigate("disputes/" + opened.id());
        assertThat(find(Div.class).withId("dispute-decision-card").single().getElement().getTextRecursively())
                .contains("half the work is done");
        UI.getCurrent().navigate("contracts/" + deal.contract().id());
        assertThat(getCurrentView()).isInstanceOf(ContractView.class);
        assertThat(contracts.contract(deal.contract().id()).milestones().getFirst().state()).isEqualTo(MilestoneState.SPLIT);
        // A party never reaches the admin's decision view.
        UI.getCurrent().navigate("admin/disputes/" + opened.id());
        assertThat(getCurrentView()).isNotInstanceOf(AdminDisputeView.class);
    }
}
