package org.gigforge.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.UserFilter;
import org.gigforge.payment.LedgerFilter;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.LedgerTotal;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.ui.ContractRefColumn;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * Every ledger entry, lazily loaded, filtered by member, contract and date range, with the filtered entries
 * summed per account kind and currency. Read only: money moves through contracts, never from here.
 */
@Route("admin/ledger")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.ledger", order = 92, icon = "vaadin:book-dollar")
public class AdminLedgerView extends VerticalLayout implements HasDynamicTitle {

    AdminLedgerView(PaymentService payments, AccountService accounts) {
        addClassName("gf-page");
        var user = new ComboBox<AccountSummary>();
        user.setItemsPageable(
                (page, text) -> accounts.findUsers(new UserFilter(text, null), page),
                (page, text) -> accounts.countUsers(new UserFilter(text, null)));
        user.setItemLabelGenerator(a -> a.name() + " <" + a.email() + ">");
        user.setPlaceholder(getTranslation("admin.ledger.all-users"));
        user.setAriaLabel(getTranslation("admin.ledger.user"));
        user.setClearButtonVisible(true);
        user.setId("ledger-filter-user");
        var contract = new TextField();
        contract.setPlaceholder(getTranslation("admin.ledger.contract"));
        contract.setAriaLabel(getTranslation("admin.ledger.contract"));
        contract.setValueChangeMode(ValueChangeMode.LAZY);
        contract.setClearButtonVisible(true);
        contract.setId("ledger-filter-contract");
        var from = new DatePicker();
        from.setPlaceholder(getTranslation("admin.ledger.from"));
        from.setAriaLabel(getTranslation("admin.ledger.from"));
        from.setClearButtonVisible(true);
        from.setLocale(getLocale());
        var to = new DatePicker();
        to.setPlaceholder(getTranslation("admin.ledger.to"));
        to.setAriaLabel(getTranslation("admin.ledger.to"));
        to.setClearButtonVisible(true);
        to.setLocale(getLocale());
        var count = new Span();
        count.addClassName("gf-muted");
        var totals = new Div();
        totals.addClassName("gf-figures");
        totals.setId("ledger-totals");

        var grid = new Grid<LedgerLine>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(line -> Formats.dateTime(line.postedAt())).setHeader(getTranslation("ledger.posted"))
                .setSortProperty("postedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.transaction().toString()).setHeader(getTranslation("admin.ledger.transaction"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> getTranslation("payment.kind." + line.kind().name())).setHeader(getTranslation("ledger.what"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> getTranslation("ledger.account." + line.account().name()) + " " + line.accountOwner())
                .setHeader(getTranslation("admin.ledger.account")).setFlexGrow(1);
        grid.addColumn(ContractRefColumn.renderer(LedgerLine::contractRef))
                .setHeader(getTranslation("ledger.contract")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerLine::memo).setHeader(getTranslation("ledger.memo")).setFlexGrow(2);
        grid.addColumn(line -> Formats.money(line.amount())).setHeader(getTranslation("ledger.amount"))
                .setSortProperty("amountMinor").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);

        ConfigurableFilterDataProvider<LedgerLine, Void, LedgerFilter> data = DataProvider
                .<LedgerLine, LedgerFilter>fromFilteringCallbacks(
                        query -> payments.ledgerLines(query.getFilter().orElse(LedgerFilter.none()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                        query -> (int) payments.countLedgerLines(query.getFilter().orElse(LedgerFilter.none())))
                .withConfigurableFilter();
        grid.setItems(data);
        grid.setSizeFull();
        grid.setId("ledger-grid");

        Runnable refilter = () -> {
            var filter = new LedgerFilter(user.getValue() == null ? null : user.getValue().id(),
                    contract.getValue().isBlank() ? null : contract.getValue().strip(), startOf(from.getValue()),
                    startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
            data.setFilter(filter);
            count.setText(getTranslation("admin.ledger.count", payments.countLedgerLines(filter)));
            totals.removeAll();
            for (LedgerTotal total : payments.ledgerTotals(filter)) {
                var figure = new Div(new Span(getTranslation("ledger.account." + total.kind().name())),
                        new Span(Formats.money(total.total())));
                figure.addClassNames("gf-card", "gf-figure", "gf-ledger-total");
                totals.add(figure);
            }
        };
        user.addValueChangeListener(e -> refilter.run());
        contract.addValueChangeListener(e -> refilter.run());
        from.addValueChangeListener(e -> refilter.run());
        to.addValueChangeListener(e -> refilter.run());
        refilter.run();

        var filters = new HorizontalLayout(user, contract, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        var header = payments.demoMode()
                ? new ViewHeader(getTranslation("nav.admin.ledger"), getTranslation("admin.ledger.lead"),
                        Chips.badge(getTranslation("payment.demo"), "demo"))
                : new ViewHeader(getTranslation("nav.admin.ledger"), getTranslation("admin.ledger.lead"));
        add(header, filters, totals, grid);
        setSizeFull();
    }

    /** The first instant of the day where the admin's browser is. */
    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.zone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.ledger") + " · Gigforge";
    }
}
