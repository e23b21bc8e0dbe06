package org.gigforge.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerLine;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.Payout;
import org.gigforge.payment.PayoutSchedule;
import org.gigforge.payment.PayoutService;
import org.springframework.data.domain.PageRequest;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The freelancer's earnings page: available and pending money, the history, and the demo label. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class EarningsViewTest extends SpringBrowserlessTest {

    @Autowired PaymentService payments;
    @Autowired PayoutService payouts;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_freelancer_sees_available_and_pending_money_and_every_movement() {
        String clientEmail = TestAccounts.uniqueEmail("earnings.client");
        var client = accounts.signUp(new SignUpRequest("Ana Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        String freelancerEmail = TestAccounts.uniqueEmail("earnings.freelancer");
        var freelancer = accounts.signUp(new SignUpRequest("Ben Freelancer", freelancerEmail, "copper kettle mountain",
                Role.FREELANCER));
        var contract = new EscrowRef("earnings-" + System.nanoTime(), client.id(), freelancer.id());
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund-1:" + contract.contractRef()), contract, Money.ofMajor(200, "USD"), "Logo");
        payments.fund(IdempotencyKey.of("fund-2:" + contract.contractRef()), contract, Money.ofMajor(100, "USD"), "Icons");
        payments.release(IdempotencyKey.of("release-1:" + contract.contractRef()), contract.contractRef(),
                Money.ofMajor(200, "USD"), "Logo approved");

        TestAccounts.signInAs(users, freelancerEmail);
        var view = navigate(EarningsView.class);

        assertThat(find(Span.class).id("payment-demo").getText()).isEqualTo("Demo payments — no real money");
        assertThat(find(Span.class).id("earnings-available").getText()).isEqualTo("$180");
        assertThat(find(Span.class).id("earnings-pending").getText()).isEqualTo("$100");
        @SuppressWarnings("unchecked")
        Grid<LedgerLine> grid = find(Grid.class).from(view).id("earnings-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(4);
        assertThat(rows.getRow(0).amount()).isEqualTo(Money.ofMajor(180, "USD"));
        assertThat(rows.getCellText(0, 1)).isEqualTo("Released · Freelancer balance");
        assertThat(rows.getCellText(0, 3)).isEqualTo("Logo approved");
    }

    @Test
    void a_freelancer_on_request_pays_out_from_the_page_once_the_minimum_is_reached() {
        String clientEmail = TestAccounts.uniqueEmail("payout.client");
        var client = accounts.signUp(new SignUpRequest("Ana Client", clientEmail, "copper kettle mountain", Role.CLIENT));
        String freelancerEmail = TestAccounts.uniqueEmail("payout.freelancer");
        var freelancer = accounts.signUp(new SignUpRequest("Ben Freelancer", freelancerEmail, "copper kettle mountain",
                Role.FREELANCER));
        var contract = new EscrowRef("payout-view-" + System.nanoTime(), client.id(), freelancer.id());
        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund-1:" + contract.contractRef()), contract, Money.ofMajor(40, "USD"), "Logo");
        payments.release(IdempotencyKey.of("release-1:" + contract.contractRef()), contract.contractRef(),
                Money.ofMajor(40, "USD"), "Logo approved");

        TestAccounts.signInAs(users, freelancerEmail);
        var view = navigate(EarningsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PayoutSchedule> schedule = find(RadioButtonGroup.class).from(view).id("payout-schedule");
        assertThat(schedule.getValue()).isEqualTo(PayoutSchedule.WEEKLY);
        assertThat(find(Paragraph.class).id("payouts-none").getText()).isEqualTo("No payouts yet.");
        assertThat(find(Button.class).withId("payout-now-USD").exists()).as("weekly: nothing to ask for").isFalse();

        test(schedule).selectItem("On request");
        assertThat(payouts.mySchedule()).isEqualTo(PayoutSchedule.ON_REQUEST);
        // $36 available, below the $50 minimum: the button is there but cannot be used.
        assertThat(find(Button.class).id("payout-now-USD").isEnabled()).isFalse();
        assertThat(find(Span.class).id("payout-minimum-USD").getText()).isEqualTo("A payout on request needs at least $50.");

        TestAccounts.signInAs(users, clientEmail);
        payments.fund(IdempotencyKey.of("fund-2:" + contract.contractRef()), contract, Money.ofMajor(100, "USD"), "Icons");
        payments.release(IdempotencyKey.of("release-2:" + contract.contractRef()), contract.contractRef(),
                Money.ofMajor(100, "USD"), "Icons approved");
        TestAccounts.signInAs(users, freelancerEmail);
        view = navigate(EarningsView.class);
        assertThat(find(Paragraph.class).id("payout-payable-USD").getText())
                .isEqualTo("$126 of your available $126 can be paid out now.");
        var now = find(Button.class).id("payout-now-USD");
        assertThat(now.getText()).isEqualTo("Pay out $126 now");
        test(now).click();

        assertThat(find(Span.class).id("earnings-available").getText()).isEqualTo("Nothing yet");
        @SuppressWarnings("unchecked")
        Grid<Payout> grid = find(Grid.class).from(view).id("payouts-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getRow(0).amount()).isEqualTo(Money.ofMajor(126, "USD"));
        assertThat(rows.getCellText(0, 2)).isEqualTo("Paid");
        assertThat(payouts.myPayouts(PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    void a_new_freelancer_is_told_that_nothing_has_moved_yet() {
        String email = TestAccounts.uniqueEmail("earnings.new");
        accounts.signUp(new SignUpRequest("Cleo New", email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);

        navigate(EarningsView.class);

        assertThat(find(Span.class).id("earnings-available").getText()).isEqualTo("Nothing yet");
        assertThat(find(Paragraph.class).id("earnings-empty").getText()).startsWith("No money has moved yet.");
        assertThat(find(Grid.class).withId("earnings-grid").exists()).isFalse();
    }

    @Test
    void a_client_does_not_get_the_earnings_view() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        UI.getCurrent().navigate("earnings");
        assertThat(getCurrentView()).isNotInstanceOf(EarningsView.class);
    }
}
