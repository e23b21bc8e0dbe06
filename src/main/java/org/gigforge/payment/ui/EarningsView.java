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
import org.gigforge.payment.PayoutService;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * The freelancer's money: what is available, what waits in escrow, and every movement, newest first; with a real
 * payment provider also their payout set-up.
 */
@Route("earnings")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.earnings", order = 13, icon = "vaadin:wallet")
public class EarningsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PayoutService payouts;

    EarningsView(PaymentService payments, PayoutService payouts) {
        this.payouts = payouts;
        addClassName("gf-page");
        setId("earnings");
        var header = payments.demoMode()
                ? new ViewHeader(getTranslation("nav.earnings"), getTranslation("earnings.lead"), demoLabel())
                : new ViewHeader(getTranslation("nav.earnings"), getTranslation("earnings.lead"));
        add(header);

        Earnings earnings = payments.myEarnings();
        var figures = new Div(figure("earnings-available", getTranslation("earnings.available"), earnings.available(),
                        getTranslation("earnings.available.help")),
                figure("earnings-pending", getTranslation("earnings.pending"), earnings.pending(),
                        getTranslation("earnings.pending.help")));
        figures.addClassName("gf-figures");
        add(figures);

        add(new H2(getTranslation("earnings.history")));
        if (payments.countMyEarningsHistory() == 0) {
            var empty = new Paragraph(getTranslation("earnings.empty"));
            empty.setId("earnings-empty");
            add(empty);
        } else {
            add(history(payments));
        }
        setSizeFull();
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
                .setHeader(getTranslation("ledger.what")).setFlexGrow(1);
        grid.addColumn(line -> line.contractRef() == null ? "" : line.contractRef())
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
