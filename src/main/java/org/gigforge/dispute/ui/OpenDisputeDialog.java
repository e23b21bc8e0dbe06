package org.gigforge.dispute.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.gigforge.contract.WorkRef;
import org.gigforge.dispute.DisputeReason;
import org.gigforge.dispute.DisputeService;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;

/**
 * "Open a dispute" on a funded milestone or a billed week: a reason from the list, what went wrong and up to five
 * files. The dialog itself is the confirmation; once opened, the dispute's page shows it.
 */
class OpenDisputeDialog extends Dialog {

    OpenDisputeDialog(DisputeService disputes, FileService files, WorkRef work, String title, Money amount) {
        setHeaderTitle(getTranslation("dispute.open.title", title));
        setId("dispute-dialog");
        setWidth("min(40rem, 95vw)");
        var explain = new Paragraph(getTranslation("dispute.open.explain", Formats.money(amount),
                disputes.responseWindow().toDays()));
        var reason = new ComboBox<DisputeReason>(getTranslation("dispute.reason"));
        reason.setItems(DisputeReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("dispute.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setId("dispute-reason");
        var statement = new TextArea(getTranslation("dispute.statement"));
        statement.setMaxLength(DisputeService.MAX_TEXT);
        statement.setRequiredIndicatorVisible(true);
        statement.setWidthFull();
        statement.setId("dispute-statement");
        var evidence = new FilesField(files, FileKind.WORK, DisputeService.MAX_FILES);
        evidence.setLabel(getTranslation("dispute.files", DisputeService.MAX_FILES));
        evidence.setId("dispute-files");
        evidence.upload().setId("dispute-upload");
        add(explain, reason, statement, evidence);

        Map<String, HasValidation> fields = Map.of("reason", reason, "statement", statement, "files", evidence);
        var confirm = new Button(getTranslation("dispute.open.confirm"), click -> {
            FormErrors.clear(fields);
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("dispute.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                var opened = disputes.open(work, reason.getValue(), statement.getValue(),
                        evidence.getValue().stream().map(StoredFile::id).toList());
                // Taken before closing: a closed dialog is detached and has no UI any more.
                var ui = com.vaadin.flow.component.UI.getCurrent();
                close();
                ui.navigate("disputes/" + opened.id());
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("dispute-confirm");
        var cancel = new Button(getTranslation("dispute.cancel"), click -> close());
        cancel.setId("dispute-cancel");
        getFooter().add(cancel, confirm);
    }
}
