package org.gigforge.dispute.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ui.ContractFilesCard;
import org.gigforge.dispute.Dispute;
import org.gigforge.dispute.DisputeOutcome;
import org.gigforge.dispute.DisputeService;
import org.gigforge.dispute.DisputeState;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.jspecify.annotations.Nullable;

/**
 * The admin's decision on a dispute, with the whole case in view: both statements and their files, the contract's
 * milestones, the work handed in and the contract's history. Release, refund or split, with the amounts each side
 * gets shown before deciding, and a written decision both sides read.
 */
@Route("admin/disputes/:disputeId")
@RolesAllowed(Role.Names.ADMIN)
public class AdminDisputeView extends DisputePage {

    private final transient ContractService contracts;

    AdminDisputeView(DisputeService disputes, ContractService contracts) {
        super(disputes, "admin-dispute");
        this.contracts = contracts;
    }

    @Override
    protected void fill(Dispute d) {
        var contractLink = new Anchor("contracts/" + d.contract(), getTranslation("dispute.contract-link", d.contractTitle()));
        contractLink.setId("dispute-contract-link");
        body.add(new ViewHeader(title(), getTranslation("dispute.between", d.clientName(), d.freelancerName())), contractLink,
                DisputeDetails.summary(body, d), DisputeDetails.statement(body, d), DisputeDetails.response(body, d));
        if (d.state() == DisputeState.DECIDED) {
            body.add(DisputeDetails.decision(body, d));
        } else if (d.state() == DisputeState.AWAITING_DECISION) {
            body.add(decisionForm(d));
        }
        body.add(contractCase(d));
    }

    private Div decisionForm(Dispute d) {
        var outcome = new RadioButtonGroup<DisputeOutcome>(getTranslation("dispute.decide.outcome"));
        outcome.setItems(DisputeOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("dispute.outcome." + o.name()));
        outcome.setValue(DisputeOutcome.SPLIT);
        outcome.setId("decision-outcome");
        var toFreelancer = new BigDecimalField(getTranslation("dispute.decide.to-freelancer"));
        toFreelancer.setSuffixComponent(new Span(d.amount().currency().getCurrencyCode()));
        toFreelancer.setValueChangeMode(ValueChangeMode.EAGER);
        toFreelancer.setId("decision-to-freelancer");
        var amounts = new Paragraph();
        amounts.setId("decision-amounts");
        var text = new TextArea(getTranslation("dispute.decide.text"));
        text.setHelperText(getTranslation("dispute.decide.text.helper"));
        text.setMaxLength(DisputeService.MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setWidthFull();
        text.setId("decision-text");
        Runnable update = () -> {
            toFreelancer.setVisible(outcome.getValue() == DisputeOutcome.SPLIT);
            Money paid = paid(d, outcome.getValue(), toFreelancer.getValue());
            amounts.setText(paid == null ? getTranslation("dispute.decide.amounts.none", Formats.money(d.amount()))
                    : getTranslation("dispute.decide.amounts", Formats.money(paid), Formats.money(d.amount().minus(paid))));
        };
        outcome.addValueChangeListener(e -> update.run());
        toFreelancer.addValueChangeListener(e -> update.run());
        update.run();
        Map<String, HasValidation> fields = Map.of("toFreelancer", toFreelancer, "decision", text);
        var decide = new Button(getTranslation("dispute.decide"), click -> {
            FormErrors.clear(fields);
            try {
                var chosen = outcome.getValue();
                Money paid = chosen == null ? null : paid(d, chosen, toFreelancer.getValue());
                if (chosen == null || (chosen == DisputeOutcome.SPLIT && paid == null)) {
                    throw InvalidInputException.of("toFreelancer", "dispute.split.range");
                }
                show(disputes.decide(d.id(), chosen, paid, text.getValue()));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
                click.getSource().setEnabled(true);
            }
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("decision-decide");
        decide.setDisableOnClick(true);
        var card = new Div(new H2(getTranslation("dispute.decide.title")), outcome, toFreelancer, amounts, text, decide);
        card.addClassName("gf-card");
        card.setId("dispute-decide");
        return card;
    }

    /** What the freelancer gets for the chosen outcome; null for a split without a usable amount. */
    private static @Nullable Money paid(Dispute d, @Nullable DisputeOutcome outcome, @Nullable BigDecimal split) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case RELEASE -> d.amount();
            case REFUND -> new Money(0, d.amount().currency());
            case SPLIT -> {
                if (split == null || split.signum() < 0) {
                    yield null;
                }
                int digits = d.amount().currency().getDefaultFractionDigits();
                if (split.stripTrailingZeros().scale() > digits) {
                    yield null;
                }
                long minor = split.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                yield new Money(minor, d.amount().currency());
            }
        };
    }

    /** The contract around the dispute: its milestones, the work handed in and its history. */
    private Div contractCase(Dispute d) {
        var contract = contracts.contract(d.contract());
        var card = new Div(new H2(getTranslation("dispute.case.title")));
        card.addClassName("gf-card");
        card.setId("dispute-case");
        var milestones = new UnorderedList();
        contract.milestones().forEach(m -> milestones.add(new ListItem(m.title() + " · " + Formats.money(m.amount()) + " · "
                + getTranslation("milestone.state." + m.state().name()))));
        if (!contract.milestones().isEmpty()) {
            card.add(milestones);
        }
        var events = new UnorderedList();
        events.addClassName("gf-history");
        contract.history().forEach(e -> {
            var when = new Span(Formats.dateTime(e.at()));
            when.addClassName("gf-muted");
            events.add(new ListItem(new Span(getTranslation("history." + e.kind())
                    + (e.detail().isEmpty() ? "" : ": " + e.detail())), when));
        });
        events.setId("dispute-case-history");
        card.add(new H2(getTranslation("contract.history")), events);
        var wrapper = new Div(card, new ContractFilesCard(contracts.submissions(d.contract())));
        wrapper.setWidthFull();
        return wrapper;
    }
}
