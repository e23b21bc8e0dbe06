package org.gigforge.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.Chargeback;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.internal.FrozenContracts;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The admin sees what card chargebacks froze, frozen ones first, and lifts a freeze with a note that says why. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AdminChargebacksViewTest extends SpringBrowserlessTest {

    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FrozenContracts frozen;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_admin_lifts_a_freeze_with_a_note_and_the_money_moves_again() {
        String clientEmail = TestAccounts.uniqueEmail("chargeback.client");
        var client = accounts.signUp(new SignUpRequest("Cora Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        var freelancer = accounts.signUp(new SignUpRequest("Finn Freelancer", TestAccounts.uniqueEmail("chargeback.freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        var contract = new EscrowRef("chargeback-view-" + System.nanoTime(), client.id(), freelancer.id());
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund:" + contract.contractRef()), contract, Money.ofMajor(120, "EUR"), "Milestone");
        transactions.executeWithoutResult(status -> frozen.freeze(contract.contractRef(), "Card dispute dp_1: fraudulent",
                "dp_" + contract.contractRef(), Money.ofMajor(126, "EUR")));
        TestAccounts.signOut();
        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release:" + contract.contractRef()),
                contract.contractRef(), Money.ofMajor(120, "EUR"), "Approved")).isInstanceOf(UserFacingException.class)
                .hasMessage("payment.contract.frozen");

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        navigate(AdminChargebacksView.class);
        @SuppressWarnings("unchecked")
        Grid<Chargeback> grid = find(Grid.class).id("admin-chargebacks");
        int row = row(grid, contract.contractRef());
        assertThat(test(grid).getRow(row).frozen()).isTrue();
        assertThat(((Span) test(grid).getCellComponent(row, 4)).getText()).isEqualTo("Frozen");

        test((Button) test(grid).getCellComponent(row, 6)).click();
        var note = find(TextArea.class).id("chargeback-note");
        test(note).setValue("too short");
        test(find(Button.class).id("chargeback-lift-confirm")).click();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a note of 10 to 500 characters.");

        test(note).setValue("The client withdrew the chargeback; the bank confirmed by letter.");
        test(find(Button.class).id("chargeback-lift-confirm")).click();
        row = row(grid, contract.contractRef());
        assertThat(test(grid).getRow(row).frozen()).isFalse();
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("The client withdrew the chargeback; the bank confirmed by letter.");
        TestAccounts.signOut();
        payments.release(IdempotencyKey.of("release:" + contract.contractRef()), contract.contractRef(),
                Money.ofMajor(120, "EUR"), "Approved");
    }

    private int row(Grid<Chargeback> grid, String contractRef) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).contractRef().equals(contractRef)) {
                return i;
            }
        }
        throw new AssertionError("No chargeback row for " + contractRef);
    }
}
