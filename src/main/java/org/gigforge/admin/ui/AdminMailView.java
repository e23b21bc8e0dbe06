package org.gigforge.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.gigforge.account.Role;
import org.gigforge.mail.MailOutbox;
import org.gigforge.mail.MailProperties;
import org.gigforge.mail.MailRecord;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.springframework.data.domain.Sort;

/**
 * Every mail the application wrote, newest first: the outbox of the embedded mode, where mails are only stored,
 * and the delivery log with SMTP. A row opens the mail's text and HTML.
 */
@Route("admin/mail")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.mail", order = 96, icon = "vaadin:envelope")
public class AdminMailView extends VerticalLayout implements HasDynamicTitle {

    private final transient MailOutbox outbox;

    AdminMailView(MailOutbox outbox, MailProperties properties) {
        this.outbox = outbox;
        addClassName("gf-page");
        var mode = new Paragraph(getTranslation("admin.mail.mode." + properties.transport().name()));
        mode.addClassName("gf-muted");
        var total = new Span(getTranslation("admin.mail.count", outbox.count()));
        total.addClassName("gf-muted");

        var grid = new Grid<MailRecord>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MailRecord::to).setHeader(getTranslation("admin.mail.to")).setKey("to").setFlexGrow(2);
        grid.addColumn(MailRecord::subject).setHeader(getTranslation("admin.mail.subject")).setKey("subject").setFlexGrow(3);
        grid.addColumn(MailRecord::type).setHeader(getTranslation("admin.mail.type")).setKey("type").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation("admin.mail.status." + m.status().name())).setHeader(getTranslation("admin.mail.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.dateTime(m.createdAt())).setHeader(getTranslation("admin.mail.created"))
                .setKey("created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.sentAt() != null ? Formats.dateTime(m.sentAt()) : "")
                .setHeader(getTranslation("admin.mail.sent")).setKey("sent").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.failedAt() != null ? Formats.dateTime(m.failedAt()) : "")
                .setHeader(getTranslation("admin.mail.failed")).setKey("failed").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                query -> outbox.find(VaadinSpringDataHelpers.toSpringPageRequest(query)
                        .withSort(Sort.by(Sort.Direction.DESC, "id"))).stream(),
                query -> (int) outbox.count()));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        grid.setId("mail-grid");

        add(new ViewHeader(getTranslation("nav.admin.mail"), null), mode, total, grid);
        setSizeFull();
    }

    /** The mail as sent: plain text, and the HTML in a sandboxed frame (no scripts, no navigation). */
    void open(MailRecord mail) {
        var fresh = outbox.mail(mail.id()).orElse(mail);
        var dialog = new Dialog();
        dialog.setHeaderTitle(fresh.subject());
        dialog.setWidth("min(900px, 95vw)");
        var html = new IFrame();
        html.setSrcdoc(fresh.html());
        html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        html.setWidthFull();
        html.setHeight("60vh");
        html.setId("mail-html");
        var text = new Pre(fresh.text());
        text.setId("mail-text");
        var tabs = new TabSheet();
        tabs.add(getTranslation("admin.mail.html"), html);
        tabs.add(getTranslation("admin.mail.text"), text);
        tabs.setWidthFull();
        var meta = new Paragraph(getTranslation("admin.mail.meta", fresh.to(), fresh.type(),
                getTranslation("admin.mail.status." + fresh.status().name()), fresh.attempts(),
                fresh.lastError() == null ? "" : fresh.lastError()));
        meta.setId("mail-meta");
        dialog.add(meta, tabs);
        var close = new Button(getTranslation("admin.mail.close"), e -> dialog.close());
        close.setId("mail-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.mail") + " · Gigforge";
    }
}
