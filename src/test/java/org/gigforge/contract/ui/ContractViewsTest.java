package org.gigforge.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.MilestoneState;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalDraft;
import org.gigforge.proposal.ProposalService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The offer form, the freelancer's answer and a milestone's round trip, through the views. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class ContractViewsTest extends SpringBrowserlessTest {

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
    void offer_accept_fund_submit_approve() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Design a label for our honey jars", "One label, two sizes, print-ready.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(300, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_WEEK), true);
        String freelancer = TestAccounts.uniqueEmail("labels");
        accounts.signUp(new SignUpRequest("Lio Labels", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I design food labels every week; here is how I would approach your honey jars in two sizes.",
                Money.ofMajor(280, "USD")));

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst();
        UI.getCurrent().navigate("client/proposals/" + proposal.id() + "/offer");
        assertThat(getCurrentView()).isInstanceOf(MakeOfferView.class);
        test(find(Button.class).withId("offer-send").single()).click();
        assertThat(contracts.offersFor(job.id())).singleElement()
                .satisfies(o -> assertThat(o.fees().price()).isEqualTo(Money.ofMajor(280, "USD")));

        TestAccounts.signInAs(users, freelancer);
        UI.getCurrent().navigate(ContractsView.class);
        var offer = contracts.myOffers().getFirst();
        test(find(Button.class).withId("offer-accept-" + offer.id()).single()).click();
        assertThat(getCurrentView()).isInstanceOf(ContractView.class);
        Contract contract = contracts.myContracts().getFirst();
        var milestone = contract.milestones().getFirst().id();

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("contracts/" + contract.id());
        test(find(Button.class).withId("milestone-fund-" + milestone).single()).click();
        TestAccounts.signInAs(users, freelancer);
        UI.getCurrent().navigate("contracts/" + contract.id());
        test(find(TextArea.class).withId("milestone-submit-text-" + milestone).single()).setValue("Label files attached.");
        test(find(Button.class).withId("milestone-submit-" + milestone).single()).click();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("contracts/" + contract.id());
        test(find(Button.class).withId("milestone-approve-" + milestone).single()).click();

        assertThat(contracts.contract(contract.id()).milestones().getFirst().state()).isEqualTo(MilestoneState.RELEASED);
        // A stranger is shown "not found", not the contract.
        String stranger = TestAccounts.uniqueEmail("nosy");
        accounts.signUp(new SignUpRequest("Nia Nosy", stranger, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, stranger);
        UI.getCurrent().navigate("contracts/" + contract.id());
        assertThat(getCurrentView()).isNotInstanceOf(ContractView.class);
    }
}
