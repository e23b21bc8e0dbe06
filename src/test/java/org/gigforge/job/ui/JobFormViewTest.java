package org.gigforge.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobVisibility;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The guided job form: posting with every part filled in, field errors, and editing an open job. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class JobFormViewTest extends SpringBrowserlessTest {

    @Autowired JobService jobs;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_client_posts_an_on_site_invite_only_job_with_questions() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate(PostJobView.class);
        fillBasics("Photograph our new restaurant interior");
        test(radio("job-location")).selectItem("On site");
        @SuppressWarnings("unchecked")
        ComboBox<Place> city = find(ComboBox.class).withId("job-city").single();
        city.setValue(city.getListDataView().getItems().filter(p -> p.city().equals("Lisbon")).findFirst().orElseThrow());
        find(IntegerField.class).withId("job-radius").single().setValue(15);
        test(find(Button.class).withId("job-question-add").single()).click();
        test(find(TextField.class).withId("job-question-0").single()).setValue("Which interiors have you photographed?");
        test(radio("job-visibility")).selectItem("Invite only: only freelancers you invite see it");
        test(find(Button.class).withId("job-publish").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ClientJobsView.class);
        JobSummary posted = jobs.myJobs(PageRequest.of(0, 1)).getFirst();
        assertThat(posted.title()).isEqualTo("Photograph our new restaurant interior");
        assertThat(posted.state()).isEqualTo(JobState.OPEN);
        assertThat(posted.budget()).isEqualTo(Money.ofMajor(800, "EUR"));
        assertThat(posted.location()).isEqualTo(JobLocation.onSite("Lisbon", "PT", 15));
        assertThat(posted.questions()).containsExactly("Which interiors have you photographed?");
        assertThat(posted.visibility()).isEqualTo(JobVisibility.INVITE_ONLY);
    }

    @Test
    void problems_are_shown_on_their_fields_and_nothing_is_saved() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        long before = jobs.countMyJobs();
        UI.getCurrent().navigate(PostJobView.class);
        fillBasics("");
        test(radio("job-location")).selectItem("Remote, from some countries");
        test(find(Button.class).withId("job-publish").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PostJobView.class);
        assertThat(find(TextField.class).withId("job-title").single().isInvalid()).isTrue();
        assertThat(jobs.countMyJobs()).isEqualTo(before);
    }

    @Test
    void editing_an_open_job_shows_its_earlier_version() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate(PostJobView.class);
        fillBasics("Retouch 40 product photos");
        test(find(Button.class).withId("job-publish").single()).click();
        JobSummary posted = jobs.myJobs(PageRequest.of(0, 1)).getFirst();

        UI.getCurrent().navigate("client/jobs/" + posted.id() + "/edit");
        assertThat(getCurrentView()).isInstanceOf(EditJobView.class);
        assertThat(find(TextField.class).withId("job-title").single().getValue()).isEqualTo("Retouch 40 product photos");
        test(find(TextField.class).withId("job-title").single()).setValue("Retouch 60 product photos");
        test(find(Button.class).withId("job-edit-save").single()).click();

        assertThat(jobs.myJob(posted.id()).orElseThrow().title()).isEqualTo("Retouch 60 product photos");
        UI.getCurrent().navigate("client/jobs/" + posted.id() + "/edit");
        assertThat(find(Details.class).single().getSummaryText()).startsWith("Version 1");
    }

    @Test
    void another_clients_job_cannot_be_opened_for_editing() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobSummary mine = jobs.myJobs(PageRequest.of(0, 1)).getFirst();
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        UI.getCurrent().navigate("client/jobs/" + mine.id() + "/edit");
        assertThat(getCurrentView()).isNotInstanceOf(EditJobView.class);
    }

    @SuppressWarnings("unchecked")
    private void fillBasics(String title) {
        test(find(TextField.class).withId("job-title").single()).setValue(title);
        test(find(TextArea.class).withId("job-description").single())
                .setValue("About **40 photos** of our dining room and terrace, for the new website.");
        ComboBox<Category> category = find(ComboBox.class).withId("job-category").single();
        category.setValue(category.getListDataView().getItems().filter(c -> c.code().equals("design-creative"))
                .findFirst().orElseThrow());
        MultiSelectComboBox<Skill> skills = find(MultiSelectComboBox.class).withId("job-skills").single();
        skills.setValue(List.of(skills.getListDataView().getItems().filter(s -> s.slug().equals("graphic-design"))
                .findFirst().orElseThrow()));
        Select<String> currency = find(Select.class).withId("job-currency").single();
        currency.setValue("EUR");
        find(IntegerField.class).withId("job-budget").single().setValue(800);
        Select<ProjectDuration> duration = find(Select.class).withId("job-duration").single();
        duration.setValue(ProjectDuration.LESS_THAN_MONTH);
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radio(String id) {
        return find(RadioButtonGroup.class).withId(id).single();
    }
}
