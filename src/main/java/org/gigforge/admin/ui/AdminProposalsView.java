package org.gigforge.admin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.proposal.AdminProposal;
import org.gigforge.proposal.ProposalService;
import org.gigforge.proposal.ProposalState;
import org.gigforge.proposal.ui.ProposedWork;

/**
 * Every proposal, lazily loaded: filter by state or to the ones flagged generic, sort by date or bid; opening one
 * shows its milestones and attachments.
 */
@Route("admin/proposals")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.proposals", order = 93, icon = "vaadin:paperplane")
public class AdminProposalsView extends VerticalLayout implements HasDynamicTitle {

    AdminProposalsView(ProposalService proposals) {
        addClassName("gf-page");
        var state = new ComboBox<ProposalState>();
        state.setItems(ProposalState.values());
        state.setItemLabelGenerator(s -> getTranslation("proposal.state." + s.name()));
        state.setPlaceholder(getTranslation("admin.jobs.all-states"));
        state.setAriaLabel(getTranslation("job.state"));
        state.setClearButtonVisible(true);
        state.setId("proposals-filter-state");
        var generic = new Checkbox(getTranslation("admin.proposals.only-generic"));
        generic.setId("proposals-filter-generic");
        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<AdminProposal>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(AdminProposal::jobTitle).setHeader(getTranslation("job.title")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(p -> p.generic()
                ? new HorizontalLayout(new Span(p.freelancerName()), Chips.badge(getTranslation("proposal.generic"), "closed"))
                : new Span(p.freelancerName()))).setHeader(getTranslation("proposal.freelancer")).setFlexGrow(2);
        grid.addColumn(p -> Formats.money(p.bid())).setHeader(getTranslation("proposal.their-bid")).setSortProperty("bidMinor")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(p -> Chips.badge(getTranslation("proposal.state." + p.state().name()),
                p.state().name()))).setHeader(getTranslation("job.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.dateTime(p.submittedAt())).setHeader(getTranslation("proposal.submitted"))
                .setSortProperty("submittedAt").setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(p -> {
            var work = new ProposedWork(p.milestones(), proposals.attachments(p.id()));
            return work.isEmpty() ? new Span(getTranslation("proposal.no-extras")) : work;
        }));
        grid.setItems(query -> proposals.findProposals(state.getValue(), generic.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    int count = (int) proposals.countProposals(state.getValue(), generic.getValue());
                    total.setText(getTranslation("admin.proposals.total", count));
                    return count;
                });
        grid.setSizeFull();
        grid.setId("admin-proposals");
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        generic.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(state, generic, total);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(new ViewHeader(getTranslation("nav.admin.proposals"), getTranslation("admin.proposals.lead")), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.proposals") + " · Gigforge";
    }
}
