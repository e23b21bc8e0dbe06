package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import org.gigforge.file.FileService;
import org.gigforge.job.JobService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.Entitlements;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Taxonomy;

/** Post a job: what, which skills, how it is paid, and how long it takes. Save as draft or publish. */
@Route("jobs/new")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.post-job", order = 21, icon = "vaadin:plus-circle")
public class PostJobView extends VerticalLayout implements HasDynamicTitle {

    private final JobForm form;

    PostJobView(JobService jobs, Taxonomy taxonomy, FileService files, SubscriptionService subscriptions) {
        addClassName("gf-page");
        form = new JobForm(taxonomy, files);
        var publish = new Button(getTranslation("job.post.publish"), e -> submit(jobs, true));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("job-publish");
        var draft = new Button(getTranslation("job.post.save-draft"), e -> submit(jobs, false));
        draft.setId("job-save-draft");
        add(new ViewHeader(getTranslation("nav.post-job"), getTranslation("job.post.lead")),
                openJobs(jobs, subscriptions), form,
                new HorizontalLayout(publish, draft));
    }

    /** How many open jobs the client has of the most their plan allows; nothing when there is no limit. */
    private Paragraph openJobs(JobService jobs, SubscriptionService subscriptions) {
        int limit = subscriptions.myEntitlements().openJobs();
        var line = new Paragraph();
        line.setId("post-job-open-jobs");
        line.addClassName("gf-muted");
        if (limit == Entitlements.UNLIMITED) {
            line.setVisible(false);
        } else {
            line.add(getTranslation("job.post.open-jobs", jobs.countMyOpenJobs(), limit) + " ");
            line.add(new Anchor("plans", getTranslation("plans.account.link")));
        }
        return line;
    }

    private void submit(JobService jobs, boolean publish) {
        FormErrors.clear(form.fields());
        try {
            jobs.post(form.draft(), publish);
            FormErrors.success(getTranslation(publish ? "job.post.published" : "job.post.saved"));
            getUI().ifPresent(ui -> ui.navigate(ClientJobsView.class));
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, form.fields());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.post-job") + " · Gigforge";
    }
}
