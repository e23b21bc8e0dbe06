package org.gigforge.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.Offer;
import org.gigforge.contract.OfferState;
import org.gigforge.job.JobType;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/** Offers waiting for the freelancer's answer, and every contract of the signed-in member. */
@Route("contracts")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER})
@Menu(title = "nav.contracts", order = 30, icon = "vaadin:handshake")
public class ContractsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ContractService contracts;
    private final Div offers = new Div();
    private final Div list = new Div();

    ContractsView(ContractService contracts) {
        this.contracts = contracts;
        addClassName("gf-page");
        setId("contracts");
        offers.setId("my-offers");
        list.setId("contract-list");
        list.addClassName("gf-job-list");
        add(new ViewHeader(getTranslation("nav.contracts"), getTranslation("contracts.lead")), offers, list);
        refresh();
    }

    private void refresh() {
        offers.removeAll();
        boolean freelancer = AccountPrincipal.current().map(p -> p.hasRole(Role.FREELANCER)).orElse(false);
        if (freelancer) {
            var open = contracts.myOffers().stream().filter(o -> o.state() == OfferState.SENT).toList();
            if (!open.isEmpty()) {
                offers.addClassName("gf-card");
                offers.add(new H2(getTranslation("offers.waiting")));
                open.forEach(offer -> offers.add(offer(offer)));
            }
        }
        list.removeAll();
        var mine = contracts.myContracts();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("contracts.empty")));
        }
        mine.forEach(contract -> list.add(card(contract)));
    }

    private Div offer(Offer offer) {
        String terms = offer.type() == JobType.FIXED
                ? getTranslation("offer.terms.fixed", Formats.money(offer.fees().price()), offer.milestones().size(),
                        Formats.money(offer.fees().freelancerReceives()))
                : getTranslation("offer.terms.hourly", Formats.money(offer.hourlyRate()), offer.weeklyCapHours(),
                        Formats.money(offer.fees().freelancerReceives()));
        var row = new Div(new Span(offer.jobTitle() + " · " + offer.clientName()), new Paragraph(terms));
        if (!offer.message().isEmpty()) {
            var note = new Paragraph(offer.message());
            note.addClassName("gf-muted");
            row.add(note);
        }
        var accept = new Button(getTranslation("offer.accept"), click -> act(() -> {
            var contract = contracts.acceptOffer(offer.id());
            getUI().ifPresent(ui -> ui.navigate("contracts/" + contract.id()));
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("offer-accept-" + offer.id());
        var decline = new Button(getTranslation("offer.decline"), click -> act(() -> {
            contracts.declineOffer(offer.id(), null);
            refresh();
        }));
        decline.setId("offer-decline-" + offer.id());
        row.add(new HorizontalLayout(accept, decline));
        row.addClassName("gf-invitation");
        return row;
    }

    private Div card(Contract contract) {
        var link = new Anchor("contracts/" + contract.id(), contract.title());
        link.addClassName("gf-job-link");
        var title = new com.vaadin.flow.component.html.H3(link);
        title.addClassName("gf-job-title");
        boolean client = AccountPrincipal.currentUserId().equals(contract.client());
        String terms = contract.type() == JobType.FIXED
                ? getTranslation("contract.terms.fixed", contract.milestones().size())
                : getTranslation("contract.terms.hourly", Formats.money(contract.hourlyRate()), contract.weeklyCapHours());
        var meta = new Div(Chips.badge(getTranslation("contract.state." + contract.state().name()), contract.state().name()),
                Chips.dot(), new Span(client ? contract.freelancerName() : contract.clientName()), Chips.dot(),
                new Span(terms), Chips.dot(),
                new Span(getTranslation("contract.started-on", Formats.date(contract.startedAt()))));
        meta.addClassName("gf-job-meta");
        var card = new Div(title, meta);
        card.addClassName("gf-job-card");
        card.setId("contract-card-" + contract.id());
        return card;
    }

    private void act(Runnable command) {
        try {
            command.run();
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.contracts") + " · Gigforge";
    }
}
