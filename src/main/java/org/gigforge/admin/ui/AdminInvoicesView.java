package org.gigforge.admin.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import org.gigforge.billing.BillingService;
import org.gigforge.billing.ui.InvoiceGrid;

/** Every receipt, invoice and credit note, newest first, lazily loaded, each downloadable as PDF. Read only. */
@Route("admin/invoices")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.invoices", order = 97, icon = "vaadin:invoice")
public class AdminInvoicesView extends VerticalLayout implements HasDynamicTitle {

    AdminInvoicesView(BillingService billing) {
        addClassName("gf-page");
        var count = new Span(getTranslation("admin.invoices.count", billing.countInvoices()));
        count.setId("invoice-count");
        var grid = InvoiceGrid.columns(this, true);
        grid.setItems(query -> billing.allInvoices(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) billing.countInvoices());
        grid.setSizeFull();
        add(count, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.invoices") + " · Gigforge";
    }
}
