package org.gigforge.messaging.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.messaging.MessageReport;
import org.gigforge.messaging.MessagingService;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/** The admins' moderation queue: reported messages and members, newest first; read the conversation, close the report. */
@Route("admin/messages")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.messages", order = 94, icon = "vaadin:flag")
public class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final transient MessagingService messaging;

    ModerationView(MessagingService messaging) {
        this.messaging = messaging;
        addClassName("gf-page");
        var onlyOpen = new Checkbox(getTranslation("messaging.moderation.only-open"), true);
        onlyOpen.setId("reports-only-open");
        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<MessageReport>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("messaging.moderation.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MessageReport::reporterName).setHeader(getTranslation("messaging.moderation.reporter")).setFlexGrow(1);
        grid.addColumn(MessageReport::reportedName).setHeader(getTranslation("messaging.moderation.reported")).setFlexGrow(1);
        grid.addColumn(r -> r.messageText() != null ? r.messageText() : getTranslation("messaging.moderation.whole-user"))
                .setHeader(getTranslation("messaging.moderation.message")).setFlexGrow(3);
        grid.addColumn(MessageReport::reason).setHeader(getTranslation("messaging.moderation.reason")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(r -> r.resolvedAt() == null
                ? Chips.badge(getTranslation("messaging.moderation.open"), "open")
                : Chips.badge(getTranslation("messaging.moderation.resolved", r.resolution()), "closed")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> {
            var row = new HorizontalLayout();
            if (r.conversation() != null) {
                row.add(new Anchor("messages/" + r.conversation(), getTranslation("messaging.moderation.read")));
            }
            if (r.resolvedAt() == null) {
                var resolve = new Button(getTranslation("messaging.moderation.resolve"), click -> resolve(r, grid));
                resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                resolve.setId("report-resolve-" + r.id());
                row.add(resolve);
            }
            return row;
        })).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> messaging.reports(onlyOpen.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    int count = (int) messaging.countReports(onlyOpen.getValue());
                    total.setText(getTranslation("messaging.moderation.total", count));
                    return count;
                });
        grid.setSizeFull();
        grid.setId("message-reports");
        onlyOpen.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(onlyOpen, total);
        filters.setAlignItems(Alignment.BASELINE);
        add(new ViewHeader(getTranslation("nav.admin.messages"), getTranslation("messaging.moderation.lead")), filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    private void resolve(MessageReport report, Grid<MessageReport> grid) {
        var note = new TextArea(getTranslation("messaging.moderation.note"));
        note.setMaxLength(MessagingService.MAX_REASON);
        note.setWidthFull();
        note.setId("report-note");
        var dialog = new Dialog(note);
        dialog.setHeaderTitle(getTranslation("messaging.moderation.resolve"));
        dialog.setWidth("min(92vw, 30rem)");
        var confirm = new Button(getTranslation("messaging.moderation.resolve"), click -> {
            try {
                messaging.resolveReport(report.id(), note.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("note", note));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("report-resolve-confirm");
        dialog.getFooter().add(new Button(getTranslation("messaging.report.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.messages") + " · Gigforge";
    }
}
