package org.gigforge.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.gigforge.billing.InvoiceLinks;
import org.gigforge.billing.InvoiceSummary;
import org.gigforge.payment.ui.ContractRefColumn;
import org.gigforge.platform.ui.Formats;

/** The documents' grid: number, date, kind, (buyer,) contract, total and the PDF link; the member's and the admins'. */
public final class InvoiceGrid {

    private InvoiceGrid() {}

    /** A grid showing all the given documents. */
    public static Grid<InvoiceSummary> of(Component owner, List<InvoiceSummary> items, boolean withBuyer) {
        var grid = columns(owner, withBuyer);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The grid's columns, without items (for lazy loading). */
    public static Grid<InvoiceSummary> columns(Component owner, boolean withBuyer) {
        var grid = new Grid<InvoiceSummary>();
        grid.setId("invoice-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InvoiceSummary::number).setHeader(owner.getTranslation("billing.number")).setAutoWidth(true);
        grid.addColumn(invoice -> Formats.date(invoice.issuedAt())).setHeader(owner.getTranslation("billing.date"))
                .setAutoWidth(true);
        grid.addColumn(invoice -> owner.getTranslation("billing.kind." + invoice.kind().name()))
                .setHeader(owner.getTranslation("billing.kind")).setAutoWidth(true);
        if (withBuyer) {
            grid.addColumn(InvoiceSummary::buyerName).setHeader(owner.getTranslation("billing.buyer")).setFlexGrow(1);
        }
        grid.addColumn(ContractRefColumn.renderer(InvoiceSummary::contractRef)).setHeader(owner.getTranslation("billing.contract")).setFlexGrow(1);
        grid.addColumn(invoice -> Formats.money(invoice.total())).setHeader(owner.getTranslation("billing.total"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(invoice -> {
            var link = new Anchor(InvoiceLinks.pdf(invoice.id()), owner.getTranslation("billing.download"));
            // A plain download outside the router: the browser fetches the PDF from the secured endpoint.
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", invoice.number() + ".pdf");
            return link;
        }).setHeader(owner.getTranslation("billing.pdf")).setAutoWidth(true);
        return grid;
    }
}
