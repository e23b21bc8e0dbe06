package org.gigforge.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.MilestonesEditor;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposedMilestone;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The apply form's milestone editor and attachments: the bid split into milestones that must add up to it. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class ApplyViewTest extends SpringBrowserlessTest {

    @Autowired JobService jobs;
    @Autowired ProposalService proposals;
    @Autowired FileService files;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_bid_is_split_into_milestones_that_must_add_up_and_a_file_goes_along() {
        JobId job = postJob(JobType.FIXED);
        signInAsNewFreelancer();
        StoredFile plan = files.upload(FileKind.ATTACHMENT, "plan.txt",
                new ByteArrayInputStream("Two weeks, two deliveries.".getBytes(StandardCharsets.UTF_8)));
        UI.getCurrent().navigate("jobs/" + job + "/apply");
        assertThat(find(IntegerField.class).withId("proposal-bid").single().getValue()).isEqualTo(450);
        test(find(TextArea.class).withId("proposal-cover-letter").single()).setValue(
                "I have painted shop windows for ten years; the sketches come first, then the painting itself.");

        var add = find(Button.class).withId("proposal-milestone-add").single();
        test(add).click();
        test(add).click();
        test(add).click();
        test(find(Button.class).withId("proposal-milestone-remove-2").single()).click();
        test(find(TextField.class).withId("proposal-milestone-title-0").single()).setValue("Sketches");
        find(IntegerField.class).withId("proposal-milestone-amount-0").single().setValue(200);
        test(find(TextField.class).withId("proposal-milestone-title-1").single()).setValue("Painted window");
        find(IntegerField.class).withId("proposal-milestone-amount-1").single().setValue(200);
        assertThat(find(Paragraph.class).withId("proposal-milestones-total").single().getText())
                .isEqualTo("In milestones: $400 of your price of $450.");
        find(FilesField.class).withId("proposal-attachments").single().setValue(List.of(plan));

        test(find(Button.class).withId("proposal-send").single()).click();
        MilestonesEditor editor = find(MilestonesEditor.class).single();
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage())
                .isEqualTo("The milestones add up to 400.00 USD: 50.00 USD short of your bid of 450.00 USD.");
        assertThat(proposals.countMyProposals()).isZero();

        find(IntegerField.class).withId("proposal-milestone-amount-1").single().setValue(250);
        test(find(Button.class).withId("proposal-send").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MyProposalsView.class);
        var sent = proposals.myProposals(PageRequest.of(0, 5)).getFirst();
        assertThat(sent.milestones()).containsExactly(new ProposedMilestone("Sketches", Money.ofMajor(200, "USD"), null),
                new ProposedMilestone("Painted window", Money.ofMajor(250, "USD"), null));
        assertThat(proposals.attachments(sent.id())).extracting(StoredFile::id).containsExactly(plan.id());
    }

    @Test
    void hourly_jobs_have_no_milestone_editor() {
        JobId job = postJob(JobType.HOURLY);
        signInAsNewFreelancer();
        UI.getCurrent().navigate("jobs/" + job + "/apply");
        assertThat(find(MilestonesEditor.class).all()).isEmpty();
        assertThat(find(FilesField.class).withId("proposal-attachments").all()).hasSize(1);
    }

    private JobId postJob(JobType type) {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        Money usd = Money.ofMajor(type == JobType.FIXED ? 450 : 40, "USD");
        return jobs.post(JobDraft.of("Paint our shop window for the spring", "A spring scene on two large windows.",
                "design-creative", List.of("graphic-design"), type, type == JobType.FIXED ? usd : null,
                type == JobType.HOURLY ? Money.ofMajor(25, "USD") : null, type == JobType.HOURLY ? usd : null,
                ExperienceLevel.ENTRY, ProjectDuration.LESS_THAN_MONTH), true).id();
    }

    private void signInAsNewFreelancer() {
        String email = TestAccounts.uniqueEmail("painter");
        accounts.signUp(new SignUpRequest("Paula Painter", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
    }
}
