package org.gigforge.dispute.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Supplier;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.dispute.Dispute;
import org.gigforge.dispute.DisputeService;
import org.gigforge.dispute.DisputeState;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;

/**
 * A dispute for its two parties (admins decide on their own view): where it stands and until when, both statements
 * with their files, and the written decision. The other side answers here; the opener may withdraw it while open.
 */
@Route("disputes/:disputeId")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER, Role.Names.ADMIN})
public class DisputeView extends DisputePage {

    private final transient FileService files;

    DisputeView(DisputeService disputes, FileService files) {
        super(disputes, "dispute");
        this.files = files;
    }

    @Override
    protected void fill(Dispute d) {
        var me = AccountPrincipal.currentUserId();
        var contract = new Anchor("contracts/" + d.contract(), getTranslation("dispute.contract-link", d.contractTitle()));
        contract.setId("dispute-contract-link");
        var links = new HorizontalLayout(contract);
        if (me.equals(d.client()) || me.equals(d.freelancer())) {
            // The contract's conversation belongs to the messaging module; it is reached by its address.
            var messages = new Anchor("messages/contract/" + d.contract(), getTranslation("dispute.messages-link"));
            messages.setId("dispute-messages-link");
            links.add(messages);
        }
        body.add(new ViewHeader(title(), getTranslation("dispute.between", d.clientName(), d.freelancerName())), links,
                DisputeDetails.summary(body, d), DisputeDetails.statement(body, d));
        if (me.equals(d.respondent()) && d.state() == DisputeState.AWAITING_RESPONSE) {
            body.add(answerForm(d));
        } else {
            body.add(DisputeDetails.response(body, d));
        }
        if (d.state() == DisputeState.DECIDED) {
            body.add(DisputeDetails.decision(body, d));
        }
        if (me.equals(d.openedBy()) && d.state().open()) {
            var withdraw = new Button(getTranslation("dispute.withdraw"), click -> confirm(
                    getTranslation("dispute.withdraw.confirm"), () -> disputes.withdraw(d.id())));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("dispute-withdraw");
            body.add(withdraw);
        }
    }

    private Div answerForm(Dispute d) {
        var text = new TextArea(getTranslation("dispute.answer"));
        text.setMaxLength(DisputeService.MAX_TEXT);
        text.setWidthFull();
        text.setRequiredIndicatorVisible(true);
        text.setId("dispute-answer-text");
        var evidence = new FilesField(files, FileKind.WORK, DisputeService.MAX_FILES);
        evidence.setLabel(getTranslation("dispute.files", DisputeService.MAX_FILES));
        evidence.setId("dispute-answer-files");
        evidence.upload().setId("dispute-answer-upload");
        Map<String, HasValidation> fields = Map.of("response", text, "files", evidence);
        var send = new Button(getTranslation("dispute.answer.send"), click -> {
            FormErrors.clear(fields);
            try {
                show(disputes.answer(d.id(), text.getValue(), evidence.getValue().stream().map(StoredFile::id).toList()));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("dispute-answer-send");
        var card = new Div(new com.vaadin.flow.component.html.H2(getTranslation("dispute.answer.title")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("dispute.answer.explain")), text, evidence, send);
        card.addClassName("gf-card");
        card.setId("dispute-answer");
        return card;
    }

    private void confirm(String text, Supplier<Dispute> command) {
        var dialog = new ConfirmDialog(getTranslation("contract.confirm.title"), text, getTranslation("contract.confirm.yes"),
                e -> {
                    try {
                        show(command.get());
                    } catch (UserFacingException refused) {
                        FormErrors.show(this, refused, Map.of());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("contract.confirm.no"));
        dialog.setId("dispute-confirm-dialog");
        dialog.open();
    }
}
