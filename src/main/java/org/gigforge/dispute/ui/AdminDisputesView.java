package org.gigforge.dispute.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import org.gigforge.dispute.Dispute;
import org.gigforge.dispute.DisputeService;
import org.gigforge.dispute.DisputeState;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * Every dispute for admins, the nearest deadline first (the open ones on top), filtered by state; each opens the
 * decision view.
 */
@Route("admin/disputes")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.disputes", order = 93.5, icon = "vaadin:scale")
public class AdminDisputesView extends VerticalLayout implements HasDynamicTitle {

    AdminDisputesView(DisputeService disputes) {
        addClassName("gf-page");
        var state = new ComboBox<DisputeState>();
        state.setItems(DisputeState.values());
        state.setItemLabelGenerator(s -> getTranslation("dispute.state." + s.name()));
        state.setPlaceholder(getTranslation("admin.jobs.all-states"));
        state.setAriaLabel(getTranslation("job.state"));
        state.setClearButtonVisible(true);
        state.setId("disputes-filter-state");
        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<Dispute>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(d -> new Anchor("admin/disputes/" + d.id(), d.workTitle())))
                .setHeader(getTranslation("admin.disputes.work")).setFlexGrow(2);
        grid.addColumn(Dispute::contractTitle).setHeader(getTranslation("admin.disputes.contract")).setFlexGrow(2);
        grid.addColumn(d -> d.clientName() + " / " + d.freelancerName()).setHeader(getTranslation("admin.disputes.parties"))
                .setFlexGrow(2);
        grid.addColumn(d -> Formats.money(d.amount())).setHeader(getTranslation("admin.disputes.amount")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> Chips.badge(getTranslation("dispute.state." + d.state().name()),
                d.state().name().toLowerCase()))).setHeader(getTranslation("job.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.deadline() == null ? "" : Formats.dateTime(d.deadline()))
                .setHeader(getTranslation("admin.disputes.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> disputes.findDisputes(state.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> {
                    int count = (int) disputes.countDisputes(state.getValue());
                    total.setText(getTranslation("admin.disputes.total", count));
                    return count;
                });
        grid.setSizeFull();
        grid.setId("admin-disputes");
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(state, total);
        filters.setAlignItems(Alignment.BASELINE);
        add(new ViewHeader(getTranslation("nav.admin.disputes"), getTranslation("admin.disputes.lead")), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.disputes") + " · Gigforge";
    }
}
