package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.gigforge.account.Role;
import org.gigforge.job.JobService;
import org.gigforge.job.JobSummary;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.Taxonomy;

/** Open jobs for freelancers, newest first, loaded lazily while scrolling; filter by category. */
@Route("work")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.find-work", order = 10, icon = "vaadin:search")
public class FindWorkView extends VerticalLayout implements HasDynamicTitle {

    FindWorkView(JobService jobs, Taxonomy taxonomy, Clock clock) {
        addClassName("gf-page");
        var category = new ComboBox<Category>(getTranslation("job.category"));
        category.setItems(taxonomy.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setClearButtonVisible(true);
        category.setPlaceholder(getTranslation("job.all-categories"));
        category.setId("category-filter");

        var count = new Span();
        count.addClassName("gf-muted");

        var list = new VirtualList<JobSummary>();
        list.setRenderer(new ComponentRenderer<>(job -> {
            // The apply page belongs to the proposals module; a route string keeps the modules apart.
            var apply = new Button(getTranslation("job.apply"),
                    e -> getUI().ifPresent(ui -> ui.navigate("jobs/" + job.id() + "/apply")));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            apply.setId("apply-" + job.id());
            return new JobCard(job, taxonomy, clock.instant()).withAction(apply);
        }));
        list.addClassName("gf-job-list");
        list.setSizeFull();

        Runnable refresh = () -> {
            String code = category.getValue() == null ? null : category.getValue().code();
            list.setDataProvider(DataProvider.fromCallbacks(
                    query -> jobs.openJobs(code, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                    query -> (int) jobs.countOpenJobs(code)));
            count.setText(getTranslation("job.open-count", jobs.countOpenJobs(code)));
        };
        category.addValueChangeListener(e -> refresh.run());
        refresh.run();

        add(new ViewHeader(getTranslation("nav.find-work"), getTranslation("work.lead")), category, count, list);
        setSizeFull();
        setFlexGrow(1, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.find-work") + " · Gigforge";
    }
}
