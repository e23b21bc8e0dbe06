package org.gigforge.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.Role;
import org.gigforge.payment.Earnings;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.Payout;
import org.gigforge.payment.PayoutBalance;
import org.gigforge.payment.PayoutSchedule;
import org.gigforge.payment.PayoutService;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * The freelancer's money: what is available, what waits in escrow, their payout schedule and payouts, and every
 * movement, newest first; with a real payment provider also their payout set-up.
 */
@Route("earnings")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.earnings", order = 13, icon = "vaadin:wallet")
public class EarningsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PaymentService payments;
    private final PayoutService payouts;
    private final Div figures = new Div();
    private final Div schedule = new Div();
    private Grid<LedgerLine> history = new Grid<>();

    EarningsView(PaymentService payments, PayoutService payouts) {
        this.payments = payments;
        this.payouts = payouts;
        addClassName("gf-page");
        setId("earnings");
        var header = payments.demoMode()
                ? new ViewHeader(getTranslation("nav.earnings"), getTranslation("earnings.lead"), demoLabel())
                : new ViewHeader(getTranslation("nav.earnings"), getTranslation("earnings.lead"));
        add(header);

        figures.addClassName("gf-figures");
        add(figures);
        schedule.addClassName("gf-card");
        schedule.setId("payout-schedule-section");
        add(schedule);
        showMoney();

        add(new H2(getTranslation("earnings.history")));
        if (payments.countMyEarningsHistory() == 0) {
            var empty = new Paragraph(getTranslation("earnings.empty"));
            empty.setId("earnings-empty");
            add(empty);
        } else {
            history = history(payments);
            add(history);
        }
        setSizeFull();
    }

    /** The figures and the payout schedule as they are now, e.g. after a payout. */
    private void showMoney() {
        Earnings earnings = payments.myEarnings();
        figures.removeAll();
        figures.add(figure("earnings-available", getTranslation("earnings.available"), earnings.available(),
                        getTranslation("earnings.available.help")),
                figure("earnings-pending", getTranslation("earnings.pending"), earnings.pending(),
                        getTranslation("earnings.pending.help")));
        showSchedule();
    }

    /**
     * The freelancer's payout schedule, what can be paid out now (and what the rest waits for), "Pay out now" on
     * the "on request" schedule, and their payouts.
     */
    private void showSchedule() {
        schedule.removeAll();
        schedule.add(new H2(getTranslation("payouts.schedule.title")));
        PayoutSchedule current = payouts.mySchedule();
        var choice = new RadioButtonGroup<PayoutSchedule>(getTranslation("payouts.schedule.label"));
        choice.setId("payout-schedule");
        choice.setItems(PayoutSchedule.values());
        choice.setItemLabelGenerator(option -> getTranslation("payouts.schedule." + option.name()));
        choice.setValue(current);
        choice.setHelperText(getTranslation("payouts.schedule.help." + current.name()));
        choice.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            try {
                payouts.changeMySchedule(change.getValue());
                FormErrors.success(getTranslation("payouts.schedule.changed"));
                showSchedule();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("schedule", choice));
            }
        });
        schedule.add(choice);

        for (PayoutBalance balance : payouts.myBalances()) {
            String code = balance.available().currency().getCurrencyCode();
            var line = new Paragraph(getTranslation("payouts.payable", Formats.money(balance.payable()),
                    Formats.money(balance.available())));
            line.setId("payout-payable-" + code);
            schedule.add(line);
            if (balance.waitingReason() != null) {
                var waits = new Paragraph(getTranslation(balance.waitingReason()));
                waits.addClassName("gf-muted");
                waits.setId("payout-waits-" + code);
                schedule.add(waits);
            }
            if (current == PayoutSchedule.ON_REQUEST) {
                var now = new Button(getTranslation("payouts.now", Formats.money(balance.payable())));
                now.setId("payout-now-" + code);
                now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                now.setEnabled(balance.requestable());
                now.setDisableOnClick(true);
                now.addClickListener(click -> {
                    try {
                        var payout = payouts.payOutNow(balance.available().currency());
                        FormErrors.success(getTranslation("payouts.done", Formats.money(payout.amount())));
                        showMoney();
                        history.getDataProvider().refreshAll();
                    } catch (UserFacingException refused) {
                        FormErrors.show(this, refused, Map.of());
                        now.setEnabled(true);
                    }
                });
                var minimum = new Span(getTranslation("payouts.minimum", Formats.money(balance.minimum())));
                minimum.addClassName("gf-muted");
                minimum.setId("payout-minimum-" + code);
                schedule.add(new Div(now, minimum));
            }
        }

        if (payouts.countMyPayouts() > 0) {
            schedule.add(payoutsGrid());
        } else {
            var none = new Paragraph(getTranslation("payouts.none"));
            none.addClassName("gf-muted");
            none.setId("payouts-none");
            schedule.add(none);
        }
    }

    private Grid<Payout> payoutsGrid() {
        var grid = new Grid<Payout>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(payout -> Formats.dateTime(payout.createdAt())).setHeader(getTranslation("payouts.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(payout -> Formats.money(payout.amount())).setHeader(getTranslation("ledger.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(payout -> getTranslation("payouts.state." + payout.state().name()))
                .setHeader(getTranslation("payouts.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(payout -> payout.failureReason() == null ? "" : payout.failureReason())
                .setHeader(getTranslation("payouts.column.reason")).setFlexGrow(1);
        grid.setItems(query -> payouts.myPayouts(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) payouts.countMyPayouts());
        grid.setAllRowsVisible(true);
        grid.setId("payouts-grid");
        return grid;
    }

    /**
     * With a real provider: whether the freelancer can be paid out, and the way to Stripe's onboarding. Stripe's
     * pages come back here ({@code ?payouts=return}, or {@code ?payouts=refresh} when their link expired).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!payouts.available()) {
            return;
        }
        var back = event.getLocation().getQueryParameters().getSingleParameter("payouts").orElse("");
        PayoutStatus status = back.equals("return") ? payouts.refreshMyStatus() : payouts.myStatus();
        var section = new Div(new H2(getTranslation("payouts.title")));
        section.addClassName("gf-card");
        section.setId("payouts");
        var chip = Chips.badge(getTranslation("payouts.status." + status.name()), status.name());
        chip.setId("payouts-status");
        var help = new Paragraph(getTranslation("payouts.help." + status.name()));
        help.setId("payouts-help");
        section.add(chip, help);
        if (back.equals("refresh")) {
            var expired = new Paragraph(getTranslation("payouts.link-expired"));
            expired.setId("payouts-expired");
            section.add(expired);
        }
        if (status != PayoutStatus.ACTIVE) {
            var setUp = new Button(getTranslation(status == PayoutStatus.NOT_STARTED ? "payouts.set-up" : "payouts.continue"),
                    click -> {
                        try {
                            URI onboarding = payouts.startOnboarding();
                            getUI().ifPresent(ui -> ui.getPage().setLocation(onboarding));
                        } catch (UserFacingException refused) {
                            FormErrors.show(this, refused, Map.of());
                        }
                    });
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            setUp.setId("payouts-set-up");
            section.add(setUp);
        }
        addComponentAtIndex(1, section);
    }

    /** Says plainly that nothing here is real money. */
    private Span demoLabel() {
        var label = Chips.badge(getTranslation("payment.demo"), "demo");
        label.setId("payment-demo");
        return label;
    }

    private Div figure(String id, String title, List<Money> amounts, String help) {
        var value = new Span(amounts.isEmpty() ? getTranslation("earnings.nothing")
                : amounts.stream().map(Formats::money).collect(Collectors.joining(" · ")));
        value.addClassName("gf-figure-value");
        value.setId(id);
        var note = new Span(help);
        note.addClassName("gf-muted");
        var card = new Div(new Span(title), value, note);
        card.addClassNames("gf-card", "gf-figure");
        return card;
    }

    private Grid<LedgerLine> history(PaymentService payments) {
        var grid = new Grid<LedgerLine>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> Formats.dateTime(line.postedAt())).setHeader(getTranslation("ledger.posted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> getTranslation("payment.kind." + line.kind().name()) + " · "
                        + getTranslation("ledger.account." + line.account().name()))
                .setHeader(getTranslation("ledger.what")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ContractRefColumn.renderer(LedgerLine::contractRef))
                .setHeader(getTranslation("ledger.contract")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LedgerLine::memo).setHeader(getTranslation("ledger.memo")).setFlexGrow(2);
        grid.addColumn(line -> Formats.money(line.amount())).setHeader(getTranslation("ledger.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> payments.myEarningsHistory(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) payments.countMyEarningsHistory());
        grid.setSizeFull();
        grid.setId("earnings-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.earnings") + " · Gigforge";
    }
}
