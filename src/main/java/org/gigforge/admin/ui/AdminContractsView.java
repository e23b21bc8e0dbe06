package org.gigforge.admin.ui;

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
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ContractState;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/** Every contract, lazily loaded: filter by title and state, open one to see its milestones, money and history. */
@Route("admin/contracts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.contracts", order = 92, icon = "vaadin:handshake")
public class AdminContractsView extends VerticalLayout implements HasDynamicTitle {

    AdminContractsView(ContractService contracts) {
        addClassName("gf-page");
        var text = AdminFilters.search(this, "admin.jobs.search", "contracts-filter-text");
        var state = new ComboBox<ContractState>();
        state.setItems(ContractState.values());
        state.setItemLabelGenerator(s -> getTranslation("contract.state." + s.name()));
        state.setPlaceholder(getTranslation("admin.jobs.all-states"));
        state.setAriaLabel(getTranslation("job.state"));
        state.setClearButtonVisible(true);
        state.setId("contracts-filter-state");
        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<Contract>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(new ComponentRenderer<>(c -> new Anchor("contracts/" + c.id(), c.title())))
                .setHeader(getTranslation("job.title")).setSortProperty("title").setFlexGrow(3);
        grid.addColumn(Contract::clientName).setHeader(getTranslation("admin.jobs.client")).setFlexGrow(1);
        grid.addColumn(Contract::freelancerName).setHeader(getTranslation("admin.contracts.freelancer")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(c -> Chips.badge(getTranslation("contract.state." + c.state().name()),
                c.state().name()))).setHeader(getTranslation("job.state")).setSortProperty("state").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation("job.type." + c.type().name())).setHeader(getTranslation("job.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.date(c.startedAt())).setHeader(getTranslation("admin.contracts.started"))
                .setSortProperty("startedAt").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> contracts.findContracts(text.getValue(), state.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    int count = (int) contracts.countContracts(text.getValue(), state.getValue());
                    total.setText(getTranslation("admin.contracts.total", count));
                    return count;
                });
        grid.setSizeFull();
        grid.setId("admin-contracts");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(text, state, total);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(new ViewHeader(getTranslation("nav.admin.contracts"), getTranslation("admin.contracts.lead")), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.contracts") + " · Gigforge";
    }
}
