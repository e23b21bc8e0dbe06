package org.gigforge.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.contract.ContractState;
import org.gigforge.contract.Milestone;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.Submission;
import org.gigforge.contract.TimesheetService;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.job.JobType;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * One contract for its two parties (and admins): terms; milestones with the next step for whoever is
 * looking and the files handed in, or for hourly work the time section; payments and the history. Each
 * button only asks the service, which checks again.
 */
@Route("contracts/:contractId")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER, Role.Names.ADMIN})
public class ContractView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContractService contracts;
    private final transient TimesheetService timesheets;
    private final transient FileService files;
    private final transient List<DisputeParts> disputes;
    private String title = "";

    ContractView(ContractService contracts, TimesheetService timesheets, FileService files,
            org.springframework.beans.factory.ObjectProvider<DisputeParts> disputes) {
        this.contracts = contracts;
        this.timesheets = timesheets;
        this.files = files;
        this.disputes = disputes.orderedStream().toList();
        addClassName("gf-page");
        setId("contract");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("contractId").map(ContractId::new)
                    .orElseThrow(() -> new UserFacingException("contract.not-found"));
            show(contracts.contract(id));
            // Back from the provider's payment page: say what happens next (the webhook funds the milestone).
            event.getLocation().getQueryParameters().getSingleParameter("payment")
                    .filter(answer -> answer.equals("done") || answer.equals("cancelled"))
                    .ifPresent(answer -> {
                        var notice = new Paragraph(getTranslation("milestone.payment-returned." + answer));
                        notice.setId("payment-returned");
                        notice.addClassName("gf-card");
                        addComponentAtIndex(1, notice);
                    });
        } catch (UserFacingException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("contract.not-found"));
        }
    }

    private void show(Contract contract) {
        removeAll();
        title = contract.title();
        var me = AccountPrincipal.currentUserId();
        boolean client = me.equals(contract.client());
        boolean freelancer = me.equals(contract.freelancer());
        String terms = contract.type() == JobType.FIXED
                ? getTranslation("contract.terms.fixed", contract.milestones().size())
                : getTranslation("contract.terms.hourly", Formats.money(contract.hourlyRate()), contract.weeklyCapHours());
        var lead = getTranslation("contract.between", contract.clientName(), contract.freelancerName()) + " · " + terms;
        var header = new ViewHeader(contract.title(), lead,
                Chips.badge(getTranslation("contract.state." + contract.state().name()), contract.state().name()));
        add(header);
        if (client || freelancer) {
            // The messages page belongs to the messaging module; it is reached by its address.
            var message = new Button(getTranslation("messaging.message-button"),
                    click -> getUI().ifPresent(ui -> ui.navigate("messages/contract/" + contract.id())));
            message.setId("contract-message");
            add(message);
        }

        List<Submission> submissions = contracts.submissions(contract.id());
        if (contract.type() == JobType.HOURLY) {
            add(new TimesheetCard(timesheets, contract.id(), client, freelancer,
                    () -> show(contracts.contract(contract.id())),
                    week -> disputes.stream().flatMap(d -> d.week(contract, week,
                            () -> show(contracts.contract(contract.id()))).stream()).toList()));
        } else {
            var steps = new Div(new H2(getTranslation("offer.milestones")));
            steps.addClassName("gf-card");
            steps.setId("contract-milestones");
            contract.milestones().forEach(m -> steps.add(milestone(contract, m, client, freelancer, submissions)));
            if (contract.milestones().isEmpty()) {
                steps.add(new Paragraph(getTranslation("contract.no-milestones")));
            }
            add(steps);
            add(new ContractFilesCard(submissions));
        }

        // The money of the contract as its escrow saw it: what went into protection and what came out.
        var money = new UnorderedList();
        money.addClassName("gf-history");
        contracts.payments(contract.id()).stream()
                .filter(line -> line.account() == LedgerAccountKind.CONTRACT_ESCROW)
                .forEach(line -> {
                    var what = new Span(getTranslation("payment.kind." + line.kind().name()) + " · "
                            + Formats.money(line.amount().isPositive() ? line.amount() : line.amount().negate())
                            + (line.memo().isEmpty() ? "" : " · " + line.memo()));
                    var when = new Span(Formats.dateTime(line.postedAt()));
                    when.addClassName("gf-muted");
                    money.add(new ListItem(what, when));
                });
        var moneyCard = new Div(new H2(getTranslation("contract.payments")), money);
        if (contracts.demoPayments()) {
            moneyCard.add(Chips.badge(getTranslation("payment.demo"), "demo"));
        }
        moneyCard.addClassName("gf-card");
        moneyCard.setId("contract-payments");
        add(moneyCard);

        var events = new UnorderedList();
        events.addClassName("gf-history");
        contract.history().forEach(e -> {
            var what = new Span(getTranslation("history." + e.kind()) + (e.detail().isEmpty() ? "" : ": " + e.detail()));
            var when = new Span(Formats.dateTime(e.at()));
            when.addClassName("gf-muted");
            events.add(new ListItem(what, when));
        });
        var historyCard = new Div(new H2(getTranslation("contract.history")), events);
        historyCard.addClassName("gf-card");
        historyCard.setId("contract-history");
        add(historyCard);

        if ((client || freelancer) && contract.state().ended()) {
            // Reviews belong to the reviews module; its page is reached by address.
            var review = new com.vaadin.flow.component.html.Anchor("contracts/" + contract.id() + "/review",
                    getTranslation("contract.review"));
            review.addClassName("gf-button-link");
            review.setId("contract-review");
            add(review);
        }
        if (client && (contract.state() == ContractState.ACTIVE || contract.state() == ContractState.PAUSED)) {
            boolean running = contract.state() == ContractState.ACTIVE;
            var pause = new Button(getTranslation(running ? "contract.pause" : "contract.resume"),
                    click -> run(() -> contracts.pause(contract.id(), running)));
            pause.setId("contract-pause");
            add(pause);
        }
        if ((client || freelancer) && contract.state() == ContractState.ACTIVE) {
            var complete = new Button(getTranslation("contract.complete"), click -> confirm(
                    getTranslation(contract.type() == JobType.HOURLY ? "contract.complete.confirm.hourly" : "contract.complete.confirm"),
                    () -> contracts.endContract(contract.id(), ContractState.COMPLETED)));
            complete.setId("contract-complete");
            add(complete);
        }
    }

    private Div milestone(Contract contract, Milestone m, boolean client, boolean freelancer, List<Submission> submissions) {
        var name = new Span(m.title());
        name.addClassName("gf-history-role");
        var amount = new Span(Formats.money(m.amount()));
        amount.addClassName("gf-job-terms");
        var state = Chips.badge(getTranslation("milestone.state." + m.state().name()), m.state().name());
        var line = new Div(name, Chips.dot(), amount, Chips.dot(), state);
        line.addClassName("gf-job-meta");
        var row = new Div(line);
        row.addClassName("gf-invitation");
        row.setId("milestone-" + m.id());
        if (m.dueDate() != null) {
            row.add(new Paragraph(getTranslation("milestone.due", Formats.date(m.dueDate()))));
        }
        if (m.submissionMessage() != null && m.state() == MilestoneState.SUBMITTED) {
            var note = new Paragraph(m.submissionMessage());
            note.addClassName("gf-cover-letter");
            row.add(note);
            // The files of the work under review, right where the client decides.
            submissions.stream().filter(s -> s.milestone().equals(m.id())).findFirst()
                    .filter(latest -> !latest.files().isEmpty())
                    .ifPresent(latest -> {
                        var handedIn = new Div();
                        handedIn.setId("milestone-files-" + m.id());
                        latest.files().forEach(f -> handedIn.add(ContractFilesCard.row(latest, f, "milestone-file-")));
                        row.add(handedIn);
                    });
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        if (m.disputedAt() != null) {
            var frozen = Chips.badge(getTranslation("milestone.disputed"), "disputed");
            frozen.setId("milestone-disputed-" + m.id());
            actions.add(frozen);
        }
        disputes.forEach(d -> actions.add(d.milestone(contract, m, () -> show(contracts.contract(contract.id())))
                .toArray(Component[]::new)));
        if (contract.state() == ContractState.ACTIVE && m.disputedAt() == null) {
            if (client) {
                switch (m.state()) {
                    case UNFUNDED -> {
                        actions.add(payButton("milestone.fund", m));
                        actions.add(button("milestone.remove", "remove", m, ButtonVariant.LUMO_TERTIARY,
                                () -> contracts.removeMilestone(m.id())));
                        var pays = new Span(getTranslation("milestone.you-pay", Formats.money(m.fees().clientPays())));
                        pays.addClassName("gf-muted");
                        actions.add(pays);
                    }
                    case PAYMENT_PENDING -> {
                        // The provider's page may have been closed: the same page opens again.
                        actions.add(payButton("milestone.pay-continue", m));
                        var waiting = new Span(getTranslation("milestone.payment-pending.help"));
                        waiting.addClassName("gf-muted");
                        actions.add(waiting);
                    }
                    case SUBMITTED -> {
                        actions.add(button("milestone.approve", "approve", m, ButtonVariant.LUMO_PRIMARY,
                                () -> contracts.approveMilestone(m.id())));
                        actions.add(withMessage("milestone.request-changes", "changes", m,
                                text -> contracts.requestChanges(m.id(), text)));
                    }
                    default -> { }
                }
            }
            if (client && (m.state() == MilestoneState.FUNDED || m.state() == MilestoneState.SUBMITTED)
                    && m.refundRequestedAt() == null) {
                actions.add(button("milestone.request-refund", "request-refund", m, ButtonVariant.LUMO_TERTIARY,
                        () -> contracts.requestRefund(m.id())));
            }
            if (m.refundRequestedAt() != null) {
                var asked = new Span(getTranslation("milestone.refund-requested", Formats.dateTime(m.refundRequestedAt())));
                asked.addClassName("gf-muted");
                actions.add(asked);
            }
            if (freelancer && (m.state() == MilestoneState.FUNDED || m.state() == MilestoneState.SUBMITTED)) {
                var refund = new Button(getTranslation("milestone.refund"), click -> confirm(
                        getTranslation("milestone.refund.confirm", Formats.money(m.amount())),
                        () -> contracts.refundMilestone(m.id())));
                refund.addThemeVariants(m.refundRequestedAt() != null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                refund.setId("milestone-refund-" + m.id());
                actions.add(refund);
            }
            if (freelancer && m.state() == MilestoneState.FUNDED) {
                actions.add(submit(m));
                var receives = new Span(getTranslation("milestone.you-receive", Formats.money(m.fees().freelancerReceives())));
                receives.addClassName("gf-muted");
                actions.add(receives);
            }
        }
        row.add(actions);
        return row;
    }

    private Button button(String key, String idPart, Milestone m, ButtonVariant variant, Supplier<Contract> command) {
        var button = new Button(getTranslation(key), click -> run(command));
        button.addThemeVariants(variant);
        button.setId("milestone-" + idPart + "-" + m.id());
        return button;
    }

    /**
     * Funds the milestone: done at once with the demo provider; otherwise the browser goes to the provider's payment
     * page (Stripe Checkout), which returns to this contract.
     */
    private Button payButton(String key, Milestone m) {
        var button = new Button(getTranslation(key), click -> {
            try {
                var payment = contracts.payMilestone(m.id());
                if (payment.payAt() != null) {
                    getUI().ifPresent(ui -> ui.getPage().setLocation(payment.payAt()));
                } else {
                    show(payment.contract());
                }
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("milestone-fund-" + m.id());
        return button;
    }

    /** A step that needs a few words (handing in work, asking for changes): a text box, then the button. */
    private Component withMessage(String key, String idPart, Milestone m,
            java.util.function.Function<String, Contract> command) {
        var text = new TextArea();
        text.setAriaLabel(getTranslation(key));
        text.setPlaceholder(getTranslation(key + ".placeholder"));
        text.setMaxLength(5_000);
        text.setWidthFull();
        text.setId("milestone-" + idPart + "-text-" + m.id());
        var button = new Button(getTranslation(key), click -> run(() -> command.apply(text.getValue())));
        button.setId("milestone-" + idPart + "-" + m.id());
        var box = new Div(text, button);
        box.setWidthFull();
        return box;
    }

    /** Handing in the work: a message and up to five files (documents or pictures, seen only by the two sides). */
    private Component submit(Milestone m) {
        var text = new TextArea(getTranslation("milestone.submit"));
        text.setPlaceholder(getTranslation("milestone.submit.placeholder"));
        text.setMaxLength(5_000);
        text.setWidthFull();
        text.setId("milestone-submit-text-" + m.id());
        var attachments = new FilesField(files, FileKind.WORK, ContractService.MAX_SUBMISSION_FILES);
        attachments.setLabel(getTranslation("milestone.submit.files", ContractService.MAX_SUBMISSION_FILES));
        attachments.setHelperText(getTranslation("milestone.submit.files.helper"));
        attachments.setId("milestone-submit-files-" + m.id());
        attachments.upload().setId("milestone-submit-upload-" + m.id());
        Map<String, HasValidation> fields = Map.of("message", text, "files", attachments);
        var button = new Button(getTranslation("milestone.submit"), click -> {
            FormErrors.clear(fields);
            try {
                show(contracts.submitMilestone(m.id(), text.getValue(),
                        attachments.getValue().stream().map(StoredFile::id).toList()));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("milestone-submit-" + m.id());
        var box = new Div(text, attachments, button);
        box.addClassName("gf-submit-box");
        box.setWidthFull();
        return box;
    }

    private void confirm(String text, Supplier<Contract> command) {
        var dialog = new ConfirmDialog(getTranslation("contract.confirm.title"), text, getTranslation("contract.confirm.yes"),
                e -> run(command));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("contract.confirm.no"));
        dialog.open();
    }

    private void run(Supplier<Contract> command) {
        try {
            show(command.get());
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Gigforge";
    }
}
