package org.gigforge.job.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import java.util.HashMap;
import java.util.Map;
import org.gigforge.job.CloseReason;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.ProposalCounts;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Taxonomy;

/** The client's home: their jobs with state, terms and dates. */
@Route("client/jobs")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.my-jobs", order = 20, icon = "vaadin:briefcase")
public class ClientJobsView extends VerticalLayout implements HasDynamicTitle {

    ClientJobsView(JobService jobs, Taxonomy taxonomy, ProposalCounts proposalCounts) {
        addClassName("gf-page");
        setId("client-home");
        Map<JobId, Long> counts = new HashMap<>();
        long total = jobs.countMyJobs();
        var summary = new Span(getTranslation("client.jobs.count", total));
        summary.addClassName("gf-muted");

        var grid = new Grid<JobSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(JobSummary::title).setHeader(getTranslation("job.title")).setFlexGrow(3).setAutoWidth(false);
        grid.addColumn(new ComponentRenderer<>(job -> stateBadge(job.state())))
                .setHeader(getTranslation("job.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(job -> taxonomy.category(job.categoryCode()).map(c -> c.name(getLocale())).orElse(""))
                .setHeader(getTranslation("job.category")).setFlexGrow(1);
        grid.addColumn(job -> JobCard.terms(this, job)).setHeader(getTranslation("job.terms")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(job -> {
            long count = counts.getOrDefault(job.id(), 0L);
            // The proposals page belongs to the proposals module; a route string keeps the modules apart.
            var link = new Anchor("client/jobs/" + job.id() + "/proposals", getTranslation("client.jobs.proposals", count));
            link.setVisible(job.state() != JobState.DRAFT);
            return link;
        })).setHeader(getTranslation("client.jobs.proposals.header")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(job -> Formats.date(job.publishedAt() != null ? job.publishedAt() : job.createdAt()))
                .setHeader(getTranslation("job.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(job -> actions(jobs, job, grid))).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
                    var page = jobs.myJobs(VaadinSpringDataHelpers.toSpringPageRequest(query));
                    counts.putAll(proposalCounts.activeProposals(page.stream().map(JobSummary::id).toList()));
                    return page.stream();
                },
                query -> (int) jobs.countMyJobs());
        grid.setSizeFull();
        grid.setAriaLabel(getTranslation("nav.my-jobs"));

        var post = new Button(getTranslation("nav.post-job"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PostJobView.class)));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setId("post-job");
        var header = new ViewHeader(getTranslation("nav.my-jobs"), null, post);
        if (total == 0) {
            add(header, summary, new Paragraph(getTranslation("client.jobs.empty")));
        } else {
            add(header, summary, grid);
        }
        setSizeFull();
    }

    /** What the client can do next with a job, or why it closed. */
    private Component actions(JobService jobs, JobSummary job, Grid<JobSummary> grid) {
        var row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("gf-row-actions");
        if (job.state() != org.gigforge.job.JobState.CLOSED) {
            var edit = new Button(getTranslation("client.jobs.edit"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("client/jobs/" + job.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("client.jobs.edit") + ": " + job.title());
            row.add(edit);
        }
        switch (job.state()) {
            case DRAFT -> row.add(action("client.jobs.publish", ButtonVariant.LUMO_PRIMARY,
                    () -> jobs.publish(job.id()), "client.jobs.published", grid));
            case OPEN -> {
                row.add(action("client.jobs.filled", ButtonVariant.LUMO_TERTIARY,
                        () -> jobs.close(job.id(), CloseReason.FILLED), "client.jobs.closed", grid));
                var cancel = new Button(getTranslation("client.jobs.cancel"), click -> {
                    var confirm = new ConfirmDialog(getTranslation("client.jobs.cancel.title"),
                            getTranslation("client.jobs.cancel.text", job.title()), getTranslation("client.jobs.cancel.confirm"),
                            e -> run(() -> jobs.close(job.id(), CloseReason.CANCELLED), "client.jobs.closed", grid));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("client.jobs.cancel.keep"));
                    confirm.setConfirmButtonTheme("error primary");
                    confirm.open();
                });
                cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                row.add(cancel);
            }
            case CLOSED -> {
                String reason = job.closeReason() == null ? "" : getTranslation("job.close-reason." + job.closeReason().name());
                var text = new Span(job.moderationNote() == null ? reason : reason + ": " + job.moderationNote());
                text.addClassName("gf-muted");
                row.add(text);
            }
        }
        return row;
    }

    private Button action(String key, ButtonVariant variant, Runnable command, String doneKey, Grid<JobSummary> grid) {
        var button = new Button(getTranslation(key), click -> run(command, doneKey, grid));
        button.addThemeVariants(variant, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(Runnable command, String doneKey, Grid<JobSummary> grid) {
        try {
            command.run();
            FormErrors.success(getTranslation(doneKey));
            grid.getDataProvider().refreshAll();
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
        }
    }

    private Span stateBadge(JobState state) {
        return Chips.badge(getTranslation("job.state." + state.name()), state.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-jobs") + " · Gigforge";
    }
}
