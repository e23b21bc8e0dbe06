package org.gigforge.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.mail.MailOutbox;
import org.gigforge.mail.MailRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin's outbox: newest mail first, its columns, and the mail opened as text and HTML. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AdminMailViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired MailOutbox outbox;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_outbox_lists_the_newest_mail_first_and_opens_it() {
        String email = TestAccounts.uniqueEmail("outbox");
        accounts.signUp(new SignUpRequest("Otto Outbox", email, "quiet harbour lanterns", Role.CLIENT), Locale.GERMAN);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        navigate(AdminMailView.class);

        Grid<MailRecord> grid = find(Grid.class).id("mail-grid");
        assertThat(test(grid).size()).isPositive();
        MailRecord first = test(grid).getRow(0);
        assertThat(first.to()).isEqualTo(email);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("subject")))
                .isEqualTo("Bestätige deine E-Mail-Adresse für Gigforge");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("type"))).isEqualTo("VERIFY_EMAIL");
        // Embedded mode: the job stores the mail in the outbox; until it ran, it is queued.
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("status"))).isIn("Queued", "In the outbox");

        test(grid).clickRow(0);
        var dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bestätige deine E-Mail-Adresse für Gigforge");
        assertThat(find(IFrame.class).id("mail-html").getSrcdoc().orElseThrow()).contains("<html lang=\"de\">");
        find(TabSheet.class).single().setSelectedIndex(1);
        assertThat(find(Pre.class).id("mail-text").getText()).contains("Hallo Otto Outbox,").contains("/verify-email?token=");
        assertThat(find(Paragraph.class).id("mail-meta").getText()).startsWith("To " + email);
    }

    @Test
    void members_cannot_read_the_outbox() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(outbox::count).isInstanceOf(AccessDeniedException.class);
    }
}
