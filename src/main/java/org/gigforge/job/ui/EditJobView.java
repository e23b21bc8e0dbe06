package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.gigforge.account.Role;
import org.gigforge.job.JobId;
import org.gigforge.job.JobRevision;
import org.gigforge.file.FileService;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.MarkdownText;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Taxonomy;

/**
 * The client edits a draft or an open job. Edits of an open job keep the earlier version, listed
 * below the form, so the client can read what each proposal answered.
 */
@Route("client/jobs/:jobId/edit")
@RolesAllowed(Role.Names.CLIENT)
public class EditJobView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JobService jobs;
    private final transient Taxonomy taxonomy;
    private final transient FileService files;
    private String title = "";

    EditJobView(JobService jobs, Taxonomy taxonomy, FileService files) {
        this.jobs = jobs;
        this.taxonomy = taxonomy;
        this.files = files;
        addClassName("gf-page");
        setId("edit-job");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<JobSummary> job = event.getRouteParameters().getLong("jobId")
                .map(JobId::new)
                .flatMap(jobs::myJob)
                .filter(j -> j.state() != JobState.CLOSED);
        if (job.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("job.detail.not-found"));
            return;
        }
        removeAll();
        show(job.get());
    }

    private void show(JobSummary job) {
        title = job.title();
        var form = new JobForm(taxonomy, files);
        form.fill(job.content());
        var save = new Button(getTranslation("job.edit.save"), click -> {
            FormErrors.clear(form.fields());
            try {
                jobs.edit(job.id(), form.draft());
                FormErrors.success(getTranslation("job.edit.saved"));
                getUI().ifPresent(ui -> ui.navigate(ClientJobsView.class));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, form.fields());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("job-edit-save");
        var cancel = new Button(getTranslation("job.edit.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(ClientJobsView.class)));
        String lead = getTranslation(job.state() == JobState.OPEN ? "job.edit.lead.open" : "job.edit.lead.draft");
        add(new ViewHeader(getTranslation("job.edit.title", job.title()), lead), form, new HorizontalLayout(save, cancel));

        var revisions = jobs.revisions(job.id());
        if (!revisions.isEmpty()) {
            var history = new Div(new H2(getTranslation("job.revisions")));
            history.addClassName("gf-card");
            history.setId("job-revisions");
            revisions.forEach(revision -> history.add(revision(revision)));
            add(history);
        }
    }

    private Details revision(JobRevision revision) {
        var content = revision.content();
        var body = new Div(new Paragraph(content.title()), new MarkdownText(content.description()));
        content.questions().forEach(q -> body.add(new Paragraph("· " + q)));
        return new Details(getTranslation("job.revision", revision.number(), Formats.dateTime(revision.replacedAt())), body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("job.edit.title", title) + " · Gigforge";
    }
}
