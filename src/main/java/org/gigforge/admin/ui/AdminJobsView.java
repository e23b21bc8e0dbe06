package org.gigforge.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.job.JobFilter;
import org.gigforge.job.JobService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobSummary;
import org.gigforge.job.ui.JobCard;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.Taxonomy;

/** Every job, lazily loaded: filter by title, state and category; take a job down with a written reason. */
@Route("admin/jobs")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.jobs", order = 91, icon = "vaadin:briefcase")
public class AdminJobsView extends VerticalLayout implements HasDynamicTitle {

    AdminJobsView(JobService jobs, Taxonomy taxonomy) {
        addClassName("gf-page");
        var text = AdminFilters.search(this, "admin.jobs.search", "jobs-filter-text");
        var state = new ComboBox<JobState>();
        state.setItems(JobState.values());
        state.setItemLabelGenerator(s -> getTranslation("job.state." + s.name()));
        state.setPlaceholder(getTranslation("admin.jobs.all-states"));
        state.setAriaLabel(getTranslation("job.state"));
        state.setClearButtonVisible(true);
        state.setId("jobs-filter-state");
        var category = new ComboBox<Category>();
        category.setItems(taxonomy.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setPlaceholder(getTranslation("job.all-categories"));
        category.setAriaLabel(getTranslation("job.category"));
        category.setClearButtonVisible(true);
        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<JobSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(JobSummary::title).setHeader(getTranslation("job.title")).setSortProperty("title").setFlexGrow(3);
        grid.addColumn(JobSummary::clientName).setHeader(getTranslation("admin.jobs.client")).setFlexGrow(1);
        grid.addColumn(j -> getTranslation("job.state." + j.state().name())).setHeader(getTranslation("job.state"))
                .setSortProperty("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(j -> taxonomy.category(j.categoryCode()).map(c -> c.name(getLocale())).orElse(""))
                .setHeader(getTranslation("job.category")).setSortProperty("categoryCode").setFlexGrow(1);
        grid.addColumn(j -> JobCard.terms(this, j)).setHeader(getTranslation("job.terms")).setFlexGrow(1);
        var created = grid.addColumn(j -> Formats.date(j.createdAt())).setHeader(getTranslation("admin.jobs.created"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);

        ConfigurableFilterDataProvider<JobSummary, Void, JobFilter> data = DataProvider
                .<JobSummary, JobFilter>fromFilteringCallbacks(
                        query -> jobs.findJobs(query.getFilter().orElse(JobFilter.none()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                        query -> (int) jobs.countJobs(query.getFilter().orElse(JobFilter.none())))
                .withConfigurableFilter();
        grid.addColumn(new ComponentRenderer<>(job -> {
            var takeDown = new Button(getTranslation("admin.jobs.take-down"), click -> takeDown(jobs, job, data));
            takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            takeDown.setVisible(job.state() != JobState.CLOSED);
            return takeDown;
        })).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(data);
        grid.sort(GridSortOrder.desc(created).build());
        grid.setSizeFull();
        grid.setId("jobs-grid");

        Runnable refilter = () -> {
            var filter = new JobFilter(text.getValue(), state.getValue(),
                    category.getValue() == null ? null : category.getValue().code());
            data.setFilter(filter);
            total.setText(getTranslation("admin.jobs.count", jobs.countJobs(filter)));
        };
        text.addValueChangeListener(e -> refilter.run());
        state.addValueChangeListener(e -> refilter.run());
        category.addValueChangeListener(e -> refilter.run());
        refilter.run();

        var filters = new HorizontalLayout(text, state, category, total);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("nav.admin.jobs"), null), filters, grid);
        setSizeFull();
    }

    /** Asks for the reason (the client reads it) before taking the job down. */
    private void takeDown(JobService jobs, JobSummary job, ConfigurableFilterDataProvider<JobSummary, Void, JobFilter> data) {
        var dialog = new Dialog(getTranslation("admin.jobs.take-down.title"));
        var reason = new TextArea(getTranslation("admin.jobs.take-down.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1_000);
        reason.setHelperText(getTranslation("admin.jobs.take-down.help"));
        reason.setId("take-down-reason");
        var confirm = new Button(getTranslation("admin.jobs.take-down"), click -> {
            try {
                jobs.takeDown(job.id(), reason.getValue());
                dialog.close();
                FormErrors.success(getTranslation("admin.jobs.taken-down"));
                data.refreshAll();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("take-down-confirm");
        dialog.add(new Paragraph(job.title()), reason);
        dialog.getFooter().add(new Button(getTranslation("client.jobs.cancel.keep"), e -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.jobs") + " · Gigforge";
    }
}
