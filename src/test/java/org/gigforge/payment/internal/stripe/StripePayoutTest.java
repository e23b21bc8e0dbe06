package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.error;
import static org.gigforge.payment.internal.stripe.StripeStub.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicLong;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.payment.PaymentProviderException;
import org.gigforge.payment.PaymentProviderUnavailableException;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.PayoutBalance;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.payment.PayoutService;
import org.gigforge.payment.PayoutState;
import org.gigforge.payment.internal.Payouts;
import org.gigforge.platform.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

/**
 * Payouts with Stripe (on WireMock): the money waits for onboarding and for its transfer to the connected account,
 * a payout is made on that account under our command's key, Stripe's refusals leave the balance as it was, and
 * {@code payout.paid} / {@code payout.failed} change the payout once however often they come. The ledger sums to
 * zero after each scenario.
 */
@StripeStub.StripeTest
@RecordApplicationEvents
class StripePayoutTest {

    private static final AtomicLong IDS = new AtomicLong();
    private static final String WEEK = "2031-W10";

    @Autowired WebApplicationContext context;
    @Autowired PaymentService payments;
    @Autowired PayoutService payoutService;
    @Autowired Payouts payouts;
    @Autowired StripeTransfers transfers;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private WebhookSender webhooks;

    @BeforeEach
    void setUp() {
        SERVER.resetAll();
        webhooks = new WebhookSender(context);
    }

    @AfterEach
    void cleanUp() {
        TestAccounts.signOut();
        LedgerChecks.assertBalanced(jdbc);
    }

    @Test
    void a_weekly_payout_is_made_on_the_connected_account_once_stripe_accepts_it() throws Exception {
        var deal = releasedDeal(Money.of(400_00, "EUR"));
        long earned = fees.breakdown(Money.of(400_00, "EUR")).freelancerReceives().minorUnits();
        long id = deal.freelancer().value();

        // Not onboarded: the money waits in the balance, and the page says why.
        assertThat(payouts.payOutWeekly(id, "EUR", WEEK)).isEmpty();
        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payoutService.myBalances()).singleElement().satisfies(balance -> {
            assertThat(balance.available()).isEqualTo(Money.of(earned, "EUR"));
            assertThat(balance.payable()).isEqualTo(Money.of(0, "EUR"));
            assertThat(balance.waitingReason()).isEqualTo("payouts.waits.onboarding");
        });
        TestAccounts.signOut();

        // Onboarded, but the release is not at the connected account yet: nothing can leave it.
        onboarded(deal);
        assertThat(payouts.payOutWeekly(id, "EUR", WEEK)).isEmpty();
        transferred(deal, earned);
        SERVER.verify(0, postRequestedFor(urlEqualTo("/v1/payouts")));

        // Stripe is busy, then the connected account holds too little: each time nothing changes.
        SERVER.stubFor(post("/v1/payouts").willReturn(error(429, "invalid_request_error", "rate_limit", "Slow down.")));
        assertThatThrownBy(() -> payouts.payOutWeekly(id, "EUR", WEEK))
                .isInstanceOf(PaymentProviderUnavailableException.class);
        SERVER.stubFor(post("/v1/payouts").willReturn(error(400, "invalid_request_error", "balance_insufficient",
                "You have insufficient funds in your Stripe account.")));
        assertThatThrownBy(() -> payouts.payOutWeekly(id, "EUR", WEEK)).isInstanceOf(PaymentProviderException.class)
                .hasMessage("payouts.provider-balance-insufficient");
        assertThat(balance(deal.freelancer())).isEqualTo(earned);
        assertThat(count("select count(*) from payment_payout where freelancer_id = ?", id)).isZero();
        assertThat(count("select count(*) from ledger_transaction where kind = 'PAYOUT' and idempotency_key like ?",
                "payout:weekly:" + id + ":%")).isZero();

        SERVER.stubFor(post("/v1/payouts").willReturn(json(200, """
                {"id": "po_%d", "object": "payout", "amount": %d, "currency": "eur", "status": "pending"}"""
                .formatted(id, earned))));
        var payout = payouts.payOutWeekly(id, "EUR", WEEK).orElseThrow();
        assertThat(payouts.payOutWeekly(id, "EUR", WEEK)).contains(payout);
        assertThat(payout.state()).isEqualTo(PayoutState.IN_TRANSIT);
        assertThat(payout.amount()).isEqualTo(Money.of(earned, "EUR"));
        // Three calls under one key (the rate limit, the refusal, the one that worked); none after it was made.
        SERVER.verify(3, postRequestedFor(urlEqualTo("/v1/payouts")));
        SERVER.verify(3, postRequestedFor(urlEqualTo("/v1/payouts"))
                .withHeader("Stripe-Account", equalTo(deal.account()))
                .withHeader("Idempotency-Key", equalTo("payout:payout:weekly:" + id + ":EUR:" + WEEK))
                .withRequestBody(containing("amount=" + earned))
                .withRequestBody(containing("currency=eur")));
        assertThat(balance(deal.freelancer())).isZero();
        assertThat(count("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
                join ledger_account a on a.id = e.account_id
                where t.provider_ref = ? and t.kind = 'PAYOUT' and a.kind = 'PROVIDER_CLEARING'""", "po_" + id))
                .isEqualTo(earned);

        // Stripe reports the money arrived.
        webhooks.deliver(StripeStub.event(eventId(), "payout.paid", """
                {"id": "po_%d", "object": "payout", "amount": %d, "currency": "eur", "status": "paid"}"""
                .formatted(id, earned), deal.account())).andExpect(status().isOk());
        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payoutService.myPayouts(org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement().extracting(p -> p.state()).isEqualTo(PayoutState.PAID);
        assertThat(payoutService.myBalances()).isEmpty();
    }

    @Test
    void a_failed_payout_puts_the_money_back_once_however_often_stripe_says_so() throws Exception {
        var deal = releasedDeal(Money.of(200_00, "EUR"));
        long earned = fees.breakdown(Money.of(200_00, "EUR")).freelancerReceives().minorUnits();
        long id = deal.freelancer().value();
        onboarded(deal);
        transferred(deal, earned);
        SERVER.stubFor(post("/v1/payouts").willReturn(json(200, """
                {"id": "po_f%d", "object": "payout", "amount": %d, "currency": "eur", "status": "in_transit"}"""
                .formatted(id, earned))));
        payouts.payOutWeekly(id, "EUR", WEEK).orElseThrow();
        assertThat(balance(deal.freelancer())).isZero();

        String failed = StripeStub.event(eventId(), "payout.failed", """
                {"id": "po_f%d", "object": "payout", "amount": %d, "currency": "eur", "status": "failed",
                 "failure_code": "account_closed", "failure_message": "The bank account has been closed."}"""
                .formatted(id, earned), deal.account());
        webhooks.deliver(failed).andExpect(status().isOk());
        webhooks.deliver(failed).andExpect(status().isOk());
        // The same news in an event of its own (Stripe may send a payout's failure more than once).
        webhooks.deliver(StripeStub.event(eventId(), "payout.failed", """
                {"id": "po_f%d", "object": "payout", "amount": %d, "currency": "eur", "status": "failed",
                 "failure_code": "account_closed"}""".formatted(id, earned), deal.account())).andExpect(status().isOk());

        assertThat(balance(deal.freelancer())).as("back in the balance, once").isEqualTo(earned);
        assertThat(count("select count(*) from ledger_transaction where kind = 'REVERSAL' and provider_ref = ?",
                "po_f" + id)).isOne();
        assertThat(events.stream(PayoutFailed.class).filter(e -> e.freelancer().equals(deal.freelancer())))
                .singleElement().satisfies(e -> {
                    assertThat(e.amount()).isEqualTo(Money.of(earned, "EUR"));
                    assertThat(e.reason()).isEqualTo("account_closed");
                });
        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payoutService.myPayouts(org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement().satisfies(p -> {
                    assertThat(p.state()).isEqualTo(PayoutState.FAILED);
                    assertThat(p.failureReason()).isEqualTo("account_closed");
                });
        // Stripe put the money back on the connected account: all of it can go out with the next payout.
        assertThat(payoutService.myBalances()).singleElement().extracting(PayoutBalance::payable)
                .isEqualTo(Money.of(earned, "EUR"));
        TestAccounts.signOut();

        // Taken back from the connected account by the platform: still the freelancer's, but no longer payable there.
        webhooks.deliver(StripeStub.event(eventId(), "transfer.reversed", """
                {"id": "tr_%d", "object": "transfer", "amount": %d, "amount_reversed": 5000, "currency": "eur"}"""
                .formatted(id, earned), null)).andExpect(status().isOk());
        assertThat(balance(deal.freelancer())).isEqualTo(earned);
        TestAccounts.signInAs(users, deal.freelancerEmail());
        assertThat(payoutService.myBalances()).singleElement().satisfies(balance -> {
            assertThat(balance.payable()).isEqualTo(Money.of(earned - 5000, "EUR"));
            assertThat(balance.waitingReason()).isEqualTo("payouts.waits.transfer");
        });
    }

    // --- helpers

    record Deal(EscrowRef ref, String freelancerEmail, String releaseKey, String account) {
        UserId freelancer() {
            return ref.freelancer();
        }
    }

    /** A contract funded with the client's saved card and released to the freelancer. */
    private Deal releasedDeal(Money price) {
        long n = IDS.incrementAndGet() + System.nanoTime();
        var c = accounts.signUp(new SignUpRequest("Pat Client", TestAccounts.uniqueEmail("client"),
                "copper kettle mountain", Role.CLIENT));
        String freelancerEmail = TestAccounts.uniqueEmail("freelancer");
        var f = accounts.signUp(new SignUpRequest("Pat Freelancer", freelancerEmail, "copper kettle mountain",
                Role.FREELANCER));
        var ref = new EscrowRef("contract-po" + n, c.id(), f.id());
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, payment_method_id, updated_at)"
                + " values (?, ?, 'pm_saved', now())", c.id().value(), "cus_" + c.id());
        var breakdown = fees.breakdown(price);
        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_po" + n, "succeeded",
                breakdown.clientPays().minorUnits(), "eur", "fund:po-" + n, ref.contractRef(), "cus_x", 0))));
        payments.fundAuthorized(IdempotencyKey.of("fund:po-" + n), ref, price, "Build");
        String release = "release:po-" + n;
        payments.release(IdempotencyKey.of(release), ref.contractRef(), price, "Approved");
        return new Deal(ref, freelancerEmail, release, "acct_po" + f.id().value());
    }

    private void onboarded(Deal deal) {
        jdbc.update("insert into payment_stripe_party (user_id, account_id, payouts_status, updated_at)"
                + " values (?, ?, 'ACTIVE', now())", deal.freelancer().value(), deal.account());
    }

    private void transferred(Deal deal, long amount) {
        SERVER.stubFor(post("/v1/transfers").willReturn(json(200, """
                {"id": "tr_%d", "object": "transfer", "amount": %d, "currency": "eur", "destination": "%s"}"""
                .formatted(deal.freelancer().value(), amount, deal.account()))));
        assertThat(transfers.send(deal.releaseKey())).isTrue();
    }

    private long balance(UserId freelancer) {
        return count("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                where a.kind = 'FREELANCER_BALANCE' and a.user_id = ?""", freelancer.value());
    }


    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private static String eventId() {
        return "evt_po" + IDS.incrementAndGet() + "_" + System.nanoTime();
    }
}
