package org.gigforge.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.admin.ui.AdminInvoicesView;
import org.gigforge.billing.BillingDetails;
import org.gigforge.billing.BillingService;
import org.gigforge.billing.InvoiceLinks;
import org.gigforge.billing.InvoiceSummary;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The billing page: details form with its checks, the member's documents with download links; the admins' list. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class BillingViewTest extends SpringBrowserlessTest {

    @Autowired PaymentService payments;
    @Autowired BillingService billing;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_client_saves_billing_details_and_downloads_their_documents() {
        String clientEmail = TestAccounts.uniqueEmail("billing.client");
        var client = accounts.signUp(new SignUpRequest("Ana Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Ben Freelancer", TestAccounts.uniqueEmail("billing.freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, clientEmail);

        navigate(BillingView.class);
        assertThat(find(Paragraph.class).id("billing-empty").getText()).startsWith("No documents yet.");
        test(find(TextField.class).id("billing-legal-name")).setValue("Ana Design GmbH");
        test(find(TextArea.class).id("billing-address")).setValue("Hauptstr. 1, 50667 Köln");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = find(ComboBox.class).id("billing-country");
        country.setValue("DE");
        test(find(TextField.class).id("billing-tax-id")).setValue("DE12");
        test(find(Button.class).id("billing-save")).click();
        assertThat(find(TextField.class).id("billing-tax-id").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("billing-tax-id").getErrorMessage()).isEqualTo("This does not look like a tax ID for DE.");
        assertThat(billing.myDetails()).isEmpty();

        test(find(TextField.class).id("billing-tax-id")).setValue("de 123456789");
        test(find(Button.class).id("billing-save")).click();
        assertThat(billing.myDetails()).contains(new BillingDetails("Ana Design GmbH", "Hauptstr. 1, 50667 Köln", "DE",
                "DE123456789"));

        var contract = new EscrowRef("billing-" + System.nanoTime(), client.id(), freelancer.id());
        payments.fund(IdempotencyKey.of("fund:" + contract.contractRef()), contract, Money.ofMajor(100, "EUR"), "Logo");
        var view = navigate(BillingView.class);
        @SuppressWarnings("unchecked")
        Grid<InvoiceSummary> grid = find(Grid.class).from(view).id("invoice-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(2);
        var kinds = java.util.stream.IntStream.range(0, 2).mapToObj(i -> rows.getCellText(i, 2)).toList();
        assertThat(kinds).containsExactlyInAnyOrder("Payment receipt", "Service fee invoice");
        assertThat(rows.getCellText(0, 4)).isIn("€105", "€5");
        var link = (Anchor) rows.getCellComponent(0, 5);
        assertThat(link.getHref()).isEqualTo(InvoiceLinks.pdf(rows.getRow(0).id()));
    }

    @Test
    void admins_list_every_document() {
        String clientEmail = TestAccounts.uniqueEmail("billing.admin-client");
        var client = accounts.signUp(new SignUpRequest("Cleo Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Dan Freelancer", TestAccounts.uniqueEmail("billing.admin-fl"),
                "copper kettle mountain", Role.FREELANCER));
        var contract = new EscrowRef("billing-admin-" + System.nanoTime(), client.id(), freelancer.id());
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund:" + contract.contractRef()), contract, Money.ofMajor(40, "USD"), "Icons");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        long count = billing.countInvoices();
        assertThat(count).isGreaterThanOrEqualTo(2);
        var view = navigate(AdminInvoicesView.class);
        @SuppressWarnings("unchecked")
        Grid<InvoiceSummary> grid = find(Grid.class).from(view).id("invoice-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo((int) count);
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("invoice-count").getText())
                .isEqualTo(count + " documents");
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> rows.getCellText(i, 3)))
                .contains("Cleo Client");
    }
}
