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
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.TestClock;
import org.gigforge.contract.BilledWeekState;
import org.gigforge.contract.HourlyFixtures;
import org.gigforge.contract.TimesheetService;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.TestContentAccess;
import org.gigforge.file.ui.FilesField;
import org.gigforge.review.ReviewFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
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
    @Autowired TimesheetService timesheets;
    @Autowired FileService files;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        clock.reset();
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

    @Test
    void the_time_section_logs_edits_deletes_and_disputes_hourly_work() {
        var deal = HourlyFixtures.hourlyContract(users, accounts, jobs, proposals, contracts, jdbc, 40, 10,
                Instant.parse("2030-06-03T08:00:00Z"));
        clock.set(Instant.parse("2030-06-05T09:00:00Z"));
        LocalDate wednesday = LocalDate.parse("2030-06-05");

        TestAccounts.signInAs(users, deal.freelancer());
        UI.getCurrent().navigate("contracts/" + deal.contract());
        assertThat(find(Div.class).withId("contract-milestones").exists()).as("hourly work has no milestones").isFalse();
        assertThat(find(Paragraph.class).withId("time-summary").single().getText())
                .isEqualTo("0:00 h logged · 10:00 h left of 10 hours a week");
        test(find(Button.class).withId("time-log").single()).click();
        var day = find(DatePicker.class).withId("time-date").single();
        assertThat(day.getMin()).isEqualTo(LocalDate.parse("2030-06-03"));
        assertThat(day.getMax()).as("today, where it has begun").isEqualTo(wednesday);
        test(day).setValue(wednesday);
        test(find(IntegerField.class).withId("time-duration-hours").single()).setValue(2);
        test(find(IntegerField.class).withId("time-duration-minutes").single()).setValue(30);
        test(find(TextArea.class).withId("time-memo").single()).setValue("Moved the shop to the new theme");
        test(find(Button.class).withId("time-save").single()).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(find(Paragraph.class).withId("time-summary").single().getText())
                .isEqualTo("2:30 h logged · 7:30 h left of 10 hours a week");
        var entry = timesheets.timesheet(deal.contract()).current().entries().getFirst();
        assertThat(find(Div.class).withId("time-entry-" + entry.id()).single().getElement().getTextRecursively())
                .contains("2:30 h", "Moved the shop to the new theme");

        // Over the cap: the dialog stays open and the duration says how much is left.
        test(find(Button.class).withId("time-log").single()).click();
        test(find(IntegerField.class).withId("time-duration-hours").single()).setValue(8);
        test(find(TextArea.class).withId("time-memo").single()).setValue("Everything else");
        test(find(Button.class).withId("time-save").single()).click();
        var duration = find(DurationField.class).withId("time-duration").single();
        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).isEqualTo("This would go over the weekly limit of 10 hours: 7:30 h are left this week.");
        test(find(Button.class).withId("time-cancel").single()).click();

        // Edit, then delete with a confirmation.
        test(find(Button.class).withId("time-edit-" + entry.id()).single()).click();
        test(find(IntegerField.class).withId("time-duration-hours").single()).setValue(3);
        test(find(Button.class).withId("time-save").single()).click();
        assertThat(timesheets.timesheet(deal.contract()).current().minutes()).isEqualTo(210);
        test(find(Button.class).withId("time-delete-" + entry.id()).single()).click();
        test(find(ConfirmDialog.class).withId("time-confirm").single()).confirm();
        assertThat(timesheets.timesheet(deal.contract()).current().entries()).isEmpty();
        timesheets.logTime(deal.contract(), new org.gigforge.contract.TimeEntryDraft(wednesday, 120, "Payment settings"));

        // The client reads the week but logs nothing.
        TestAccounts.signInAs(users, deal.client());
        UI.getCurrent().navigate("contracts/" + deal.contract());
        assertThat(find(Button.class).withId("time-log").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("time-money").single().getText()).isEqualTo("You pay $84 with the service fee.");

        // The week ends and is billed; the client disputes it: a reason from the list and a statement are required.
        clock.set(Instant.parse("2030-06-10T01:00:00Z"));
        timesheets.billEndedWeeks();
        UI.getCurrent().navigate("contracts/" + deal.contract());
        var week = timesheets.timesheet(deal.contract()).past().getFirst();
        assertThat(find(Div.class).withId("time-week-2030-06-03").single().getElement().getTextRecursively())
                .contains("2:00 h", "$80", "In review until");
        test(find(Button.class).withId("dispute-open-week-" + week.billing().id()).single()).click();
        test(find(Button.class).withId("dispute-confirm").single()).click();
        assertThat(find(com.vaadin.flow.component.combobox.ComboBox.class).withId("dispute-reason").single().isInvalid())
                .as("a reason is required").isTrue();
        test(find(com.vaadin.flow.component.combobox.ComboBox.class).withId("dispute-reason").single())
                .selectItem("Scope: more or other than agreed");
        test(find(Button.class).withId("dispute-confirm").single()).click();
        assertThat(find(TextArea.class).withId("dispute-statement").single().isInvalid()).as("a statement is required").isTrue();
        test(find(TextArea.class).withId("dispute-statement").single()).setValue("Payment settings were already done.");
        test(find(Button.class).withId("dispute-confirm").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).startsWith("DisputeView");
        assertThat(timesheets.timesheet(deal.contract()).past().getFirst().billing().state()).isEqualTo(BilledWeekState.DISPUTED);

        TestAccounts.signInAs(users, deal.freelancer());
        UI.getCurrent().navigate("contracts/" + deal.contract());
        assertThat(find(Div.class).withId("time-week-2030-06-03").single().getElement().getTextRecursively())
                .contains("Disputed — an admin will mediate", "Payment settings were already done.",
                        "You receive $72 after the service fee.", "Dispute open: awaiting the answer");
        assertThat(find(Button.class).withId("dispute-open-week-" + week.billing().id()).exists()).isFalse();
        assertThat(find(Div.class).withId("contract-history").single().getElement().getTextRecursively())
                .contains("Week billed", "Dispute opened");
    }

    @Test
    void work_is_handed_in_with_files_that_the_files_section_lists() {
        var deal = ReviewFixtures.runningContract(users, accounts, jobs, proposals, contracts);
        var milestone = deal.contract().milestones().getFirst().id();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        contracts.fundMilestone(milestone);

        TestAccounts.signInAs(users, deal.freelancer());
        byte[] picture = TestContentAccess.png(40, 30);
        StoredFile logo = files.upload(FileKind.WORK, "menu-cover.png", new ByteArrayInputStream(picture));
        StoredFile pdf = files.upload(FileKind.WORK, "menu.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        assertThat(logo.kind()).as("private, kept as uploaded").isEqualTo(FileKind.DOCUMENT);
        assertThat(logo.size()).isEqualTo(picture.length);
        UI.getCurrent().navigate("contracts/" + deal.contract().id());
        assertThat(find(Div.class).withId("contract-files").single().getElement().getTextRecursively())
                .contains("No files handed in yet.");
        find(FilesField.class).withId("milestone-submit-files-" + milestone).single().setValue(List.of(logo, pdf));
        test(find(TextArea.class).withId("milestone-submit-text-" + milestone).single()).setValue("The translated menu and its cover.");
        test(find(Button.class).withId("milestone-submit-" + milestone).single()).click();

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("contracts/" + deal.contract().id());
        var section = find(Div.class).withId("contract-files").single();
        assertThat(section.getElement().getTextRecursively()).contains("menu-cover.png", "menu.pdf", "Menu");
        assertThat(find(Anchor.class).withId("contract-file-" + logo.id()).single().getHref()).isEqualTo("files/" + logo.id());
        assertThat(find(Div.class).withId("milestone-files-" + milestone).single().getElement().getTextRecursively())
                .contains("menu-cover.png", "menu.pdf");
        assertThat(files.find(logo.id())).as("the client may read it").isPresent();

        String stranger = TestAccounts.uniqueEmail("curious");
        accounts.signUp(new SignUpRequest("Cleo Curious", stranger, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, stranger);
        assertThat(files.find(logo.id())).isEmpty();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(files.find(pdf.id())).isPresent();
    }

    @Test
    void hourly_terms_show_what_an_hour_and_a_week_cost_and_the_contract_list_says_them() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var job = jobs.post(JobDraft.of("Look after our shop's product photos", "A few hours a week, ongoing.",
                "design-creative", List.of("graphic-design"), JobType.FIXED, Money.ofMajor(400, "USD"), null, null,
                ExperienceLevel.ENTRY, ProjectDuration.ONE_TO_THREE_MONTHS), true);
        String freelancer = TestAccounts.uniqueEmail("photos");
        accounts.signUp(new SignUpRequest("Pia Photos", freelancer, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, freelancer);
        proposals.submit(job.id(), new ProposalDraft(
                "I retouch product photos for small shops every week and can keep yours consistent, by the hour.",
                Money.ofMajor(400, "USD")));
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        var proposal = proposals.receivedProposals(job.id(), PageRequest.of(0, 5)).getFirst();
        UI.getCurrent().navigate("client/proposals/" + proposal.id() + "/offer");
        test(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("offer-type").single())
                .selectItem("By the hour");
        test(find(IntegerField.class).withId("offer-rate").single()).setValue(40);
        test(find(IntegerField.class).withId("offer-cap").single()).setValue(10);
        assertThat(find(Paragraph.class).withId("offer-hourly-fees").single().getText()).startsWith(
                "You pay $42 an hour with the service fee, at most $420 a week for 10 hours; the freelancer receives $36 an hour.");
        test(find(Button.class).withId("offer-send").single()).click();

        TestAccounts.signInAs(users, freelancer);
        UI.getCurrent().navigate(ContractsView.class);
        var offer = contracts.myOffers().getFirst();
        assertThat(find(Div.class).withId("my-offers").single().getElement().getTextRecursively())
                .contains("$40 per hour, up to 10 hours a week; you receive $36 per hour.");
        test(find(Button.class).withId("offer-accept-" + offer.id()).single()).click();
        var contract = contracts.myContracts().getFirst();
        UI.getCurrent().navigate(ContractsView.class);
        assertThat(find(Div.class).withId("contract-card-" + contract.id()).single().getElement().getTextRecursively())
                .contains("$40 per hour, up to 10 hours a week");
    }
}
