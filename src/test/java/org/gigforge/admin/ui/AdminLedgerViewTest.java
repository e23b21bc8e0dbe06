package org.gigforge.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin's ledger: filtered by contract, with totals per account kind; closed to everyone else. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AdminLedgerViewTest extends SpringBrowserlessTest {

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_admin_filters_the_ledger_by_contract_and_sees_totals_per_account_kind() {
        String clientEmail = TestAccounts.uniqueEmail("ledger-view.client");
        var client = accounts.signUp(new SignUpRequest("Dora Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Eli Freelancer", TestAccounts.uniqueEmail("ledger-view.freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        var contract = new EscrowRef("ledger-view-" + System.nanoTime(), client.id(), freelancer.id());
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund:" + contract.contractRef()), contract, Money.ofMajor(100, "EUR"), "Milestone 1");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        var view = navigate(AdminLedgerView.class);
        test(find(TextField.class).id("ledger-filter-contract")).setValue(contract.contractRef());

        @SuppressWarnings("unchecked")
        Grid<LedgerLine> grid = find(Grid.class).from(view).id("ledger-grid");
        assertThat(test(grid).size()).isEqualTo(3);
        var totals = find(Div.class).withClassName("gf-ledger-total").all().stream()
                .map(total -> find(Span.class).from(total).all().stream().map(Span::getText).toList()).toList();
        assertThat(totals).contains(List.of("Escrow", "€100"), List.of("Platform revenue", "€5"),
                List.of("Client funding", "-€105"));
    }

    @Test
    void a_freelancer_does_not_get_the_ledger() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        UI.getCurrent().navigate("admin/ledger");
        assertThat(getCurrentView()).isNotInstanceOf(AdminLedgerView.class);
    }
}
