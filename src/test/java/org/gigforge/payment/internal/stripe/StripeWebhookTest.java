package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicLong;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.ChargeDisputed;
import org.gigforge.payment.ChargebackLost;
import org.gigforge.payment.ChargebackService;
import org.gigforge.payment.ClientCharged;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.Funding;
import org.gigforge.payment.FundingConfirmed;
import org.gigforge.payment.FundingFailed;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code POST /api/v1/payments/stripe/webhook} through the whole filter chain: signed events change things once,
 * whatever order and however often they come; unsigned ones change nothing.
 */
@StripeStub.StripeTest
@RecordApplicationEvents
class StripeWebhookTest {

    private static final AtomicLong IDS = new AtomicLong();

    @Autowired WebApplicationContext context;
    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired ChargebackService chargebacks;

    private WebhookSender webhooks;

    @BeforeEach
    void setUp() {
        SERVER.resetAll();
        webhooks = new WebhookSender(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
        LedgerChecks.assertBalanced(jdbc);
    }

    @Test
    void a_checkout_payment_is_posted_once_though_its_events_come_three_times_and_out_of_order() throws Exception {
        var pending = checkoutFunding(Money.of(120_00, "EUR"));
        String intent = intentOf(pending, "succeeded", 330);
        String succeeded = StripeStub.event(eventId(), "payment_intent.succeeded", intent, null);
        String completed = StripeStub.event(eventId(), "checkout.session.completed", """
                {"id": "cs_%s", "object": "checkout.session", "mode": "payment", "payment_status": "paid",
                 "status": "complete", "payment_intent": "pi_%s", "customer": "cus_%s",
                 "metadata": {"gigforge_key": "%s"}}""".formatted(pending.id(), pending.id(), pending.id(),
                pending.key()), null);

        // The intent's event overtakes the session's; each is delivered again, and once more.
        webhooks.deliver(succeeded).andExpect(status().isOk()).andExpect(header().doesNotExist("Set-Cookie"));
        webhooks.deliver(completed).andExpect(status().isOk());
        webhooks.deliver(succeeded).andExpect(status().isOk());
        webhooks.deliver(completed).andExpect(status().isOk());
        webhooks.deliver(completed).andExpect(status().isOk());

        assertThat(count("select count(*) from ledger_transaction where idempotency_key = ?", pending.key().value())).isOne();
        assertThat(count("select count(*) from payment_stripe_event where event_id in (?, ?)",
                eventIdOf(succeeded), eventIdOf(completed))).isEqualTo(2);
        assertThat(events.stream(FundingConfirmed.class).filter(e -> e.key().equals(pending.key()))).hasSize(1);
        assertThat(events.stream(ClientCharged.class).filter(e -> e.client().equals(pending.ref().client()))).hasSize(1);
        assertThat(jdbc.queryForObject("select payment_method_id from payment_stripe_party where user_id = ?", String.class,
                pending.ref().client().value())).isEqualTo("pm_card_visa_saved");
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(payments.escrowBalance(pending.ref().contractRef())).contains(Money.of(120_00, "EUR"));
    }

    @Test
    void a_bad_signature_is_refused_and_changes_nothing() throws Exception {
        var pending = checkoutFunding(Money.of(40_00, "EUR"));
        String succeeded = StripeStub.event(eventId(), "payment_intent.succeeded", intentOf(pending, "succeeded", 100), null);

        webhooks.withSignature(succeeded, StripeStub.signature(succeeded, "whsec_someone_else"))
                .andExpect(status().isBadRequest());
        webhooks.unsigned(succeeded)
                .andExpect(status().isBadRequest());
        String tampered = succeeded.replace("\"amount\": ", "\"amount\": 1");
        webhooks.withSignature(tampered, StripeStub.signature(succeeded, StripeStub.WEBHOOK_SECRET))
                .andExpect(status().isBadRequest());

        assertThat(count("select count(*) from payment_stripe_event where event_id = ?", eventIdOf(succeeded))).isZero();
        assertThat(count("select count(*) from ledger_transaction where idempotency_key = ?", pending.key().value())).isZero();
    }

    @Test
    void an_unknown_event_type_is_acknowledged_and_ignored() throws Exception {
        String event = StripeStub.event(eventId(), "customer.tax_id.created", """
                {"id": "txi_1", "object": "tax_id"}""", null);
        webhooks.deliver(event).andExpect(status().isOk());
        assertThat(count("select count(*) from payment_stripe_event where event_id = ?", eventIdOf(event))).isOne();
    }

    @Test
    void a_failed_payment_is_reported_and_a_later_success_still_posts() throws Exception {
        var pending = checkoutFunding(Money.of(60_00, "EUR"));
        String failedIntent = """
                {"id": "pi_%s", "object": "payment_intent", "status": "requires_payment_method",
                 "metadata": {"gigforge_key": "%s"}, "last_payment_error": {"code": "card_declined"}}"""
                .formatted(pending.id(), pending.key());
        webhooks.deliver(StripeStub.event(eventId(), "payment_intent.payment_failed", failedIntent, null)).andExpect(status().isOk());

        assertThat(events.stream(FundingFailed.class).filter(e -> e.key().equals(pending.key())))
                .singleElement().extracting(FundingFailed::reason).isEqualTo("card_declined");
        assertThat(count("select count(*) from ledger_transaction where idempotency_key = ?", pending.key().value())).isZero();

        // The client tried another card on the same page, which worked.
        webhooks.deliver(StripeStub.event(eventId(), "payment_intent.succeeded", intentOf(pending, "succeeded", 180), null))
                .andExpect(status().isOk());
        assertThat(count("select count(*) from ledger_transaction where idempotency_key = ?", pending.key().value())).isOne();
    }

    @Test
    void a_chargeback_freezes_the_contracts_money_and_tells_admins() throws Exception {
        var pending = paidFunding(Money.of(90_00, "EUR"), 200);
        String dispute = dispute(pending, 9450, "fraudulent", "needs_response");
        String event = StripeStub.event(eventId(), "charge.dispute.created", dispute, null);
        webhooks.deliver(event).andExpect(status().isOk());
        webhooks.deliver(event).andExpect(status().isOk());

        assertThat(events.stream(ChargeDisputed.class).filter(e -> e.contractRef().equals(pending.ref().contractRef())))
                .singleElement().satisfies(disputed -> {
                    assertThat(disputed.client()).isEqualTo(pending.ref().client());
                    assertThat(disputed.disputed()).isEqualTo(Money.of(94_50, "EUR"));
                    assertThat(disputed.reason()).isEqualTo("fraudulent");
                });
        assertThatThrownBy(() -> payments.release(IdempotencyKey.of("release:" + pending.ref().contractRef()),
                pending.ref().contractRef(), Money.of(90_00, "EUR"), "Approved"))
                .isInstanceOf(UserFacingException.class).hasMessage("payment.contract.frozen");

        // Only an admin lifts it, with a note that says why; then the money moves again, and lifting twice is refused.
        String contract = pending.ref().contractRef();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> chargebacks.lift(contract, "The bank closed the case.")).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        assertThat(chargebacks.chargebacks(0, 100)).filteredOn(c -> c.contractRef().equals(contract)).singleElement()
                .satisfies(c -> {
                    assertThat(c.frozen()).isTrue();
                    assertThat(c.disputed()).isEqualTo(Money.of(94_50, "EUR"));
                    assertThat(c.providerReference()).isEqualTo("dp_" + pending.id());
                });
        assertThatThrownBy(() -> chargebacks.lift(contract, "ok")).isInstanceOf(InvalidInputException.class);
        var lifted = chargebacks.lift(contract, "The client withdrew the chargeback with their bank.");
        assertThat(lifted.frozen()).isFalse();
        assertThat(lifted.liftedBy()).isNotNull();
        assertThatThrownBy(() -> chargebacks.lift(contract, "Once more, just in case."))
                .isInstanceOf(UserFacingException.class).hasMessage("chargeback.not-frozen");
        TestAccounts.signOut();
        payments.release(IdempotencyKey.of("release:" + contract), contract, Money.of(90_00, "EUR"), "Approved");
        // The same dispute delivered again (a new event id) does not freeze the contract again.
        webhooks.deliver(StripeStub.event(eventId(), "charge.dispute.created", dispute, null)).andExpect(status().isOk());
        assertThat(count("select count(*) from payment_frozen_contract where contract_ref = ? and lifted_at is null",
                contract)).isZero();
    }

    @Test
    void a_chargeback_the_bank_decides_for_the_platform_lifts_the_freeze_by_itself() throws Exception {
        var pending = paidFunding(Money.of(40_00, "EUR"), 0);
        webhooks.deliver(StripeStub.event(eventId(), "charge.dispute.created",
                dispute(pending, 4200, "product_not_received", "needs_response"), null)).andExpect(status().isOk());
        String contract = pending.ref().contractRef();
        assertThat(count("select count(*) from payment_frozen_contract where contract_ref = ? and lifted_at is null",
                contract)).isOne();

        webhooks.deliver(StripeStub.event(eventId(), "charge.dispute.closed",
                dispute(pending, 4200, "product_not_received", "won"), null)).andExpect(status().isOk());

        assertThat(count("select count(*) from payment_frozen_contract where contract_ref = ? and lifted_at is null"
                + " and lifted_by is null", contract)).isZero();
        payments.release(IdempotencyKey.of("release:" + contract), contract, Money.of(40_00, "EUR"), "Approved");
    }

    @Test
    void a_chargeback_lost_at_the_bank_gives_the_client_their_money_back_once_and_keeps_the_contract_frozen()
            throws Exception {
        var pending = paidFunding(Money.of(100_00, "EUR"), 0);
        String contract = pending.ref().contractRef();
        long paid = pending.clientPays().minorUnits();
        webhooks.deliver(StripeStub.event(eventId(), "charge.dispute.created", dispute(pending, paid, "fraudulent", "needs_response"),
                null)).andExpect(status().isOk());
        // Stripe lists its dispute fee among the dispute's balance transactions.
        String lost = dispute(pending, paid, "fraudulent", "lost").replaceFirst("\\}$",
                ", \"balance_transactions\": [{\"id\": \"txn_dp\", \"amount\": -%d, \"fee\": 1500}]}".formatted(paid));
        String event = StripeStub.event(eventId(), "charge.dispute.closed", lost, null);
        webhooks.deliver(event).andExpect(status().isOk());
        webhooks.deliver(StripeStub.event(eventId(), "charge.dispute.closed", lost, null)).andExpect(status().isOk());

        assertThat(count("select count(*) from ledger_transaction where kind = 'CHARGEBACK' and contract_ref = ?", contract))
                .isOne();
        assertThat(sum(contract, "CONTRACT_ESCROW")).isZero();
        // The client's funding account is back where it started: they paid, their bank gave it back.
        assertThat(jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                join ledger_transaction t on t.id = e.transaction_id
                where a.kind = 'CLIENT_FUNDING' and t.contract_ref = ?""", Long.class, contract)).isZero();
        assertThat(jdbc.queryForObject("""
                select e.amount_minor from ledger_entry e join ledger_account a on a.id = e.account_id
                join ledger_transaction t on t.id = e.transaction_id
                where a.kind = 'PROVIDER_FEES' and t.kind = 'CHARGEBACK' and t.contract_ref = ?""", Long.class, contract))
                .isEqualTo(1500L);
        assertThat(events.stream(ChargebackLost.class).filter(e -> e.contractRef().equals(contract))).singleElement()
                .satisfies(e -> {
                    assertThat(e.amount()).isEqualTo(pending.clientPays());
                    assertThat(e.fromEscrow()).isEqualTo(Money.of(100_00, "EUR"));
                });
        assertThat(count("select count(*) from payment_frozen_contract where contract_ref = ? and lifted_at is null",
                contract)).isOne();
    }

    private long sum(String contract, String accountKind) {
        Long total = jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                where a.kind = ? and a.owner_ref = ?""", Long.class, accountKind, contract);
        return total == null ? 0 : total;
    }

    @Test
    void account_updated_is_read_as_stripe_has_the_account_now() throws Exception {
        var freelancer = accounts.signUp(new SignUpRequest("Pat Payee", TestAccounts.uniqueEmail("payee"),
                "copper kettle mountain", Role.FREELANCER)).id();
        String account = "acct_" + IDS.incrementAndGet() + System.nanoTime();
        jdbc.update("insert into payment_stripe_party (user_id, account_id, payouts_status, updated_at)"
                + " values (?, ?, 'INCOMPLETE', now())", freelancer.value(), account);
        SERVER.stubFor(get(urlPathEqualTo("/v1/accounts/" + account)).willReturn(json(200, """
                {"id": "%s", "object": "account", "details_submitted": true, "payouts_enabled": true}"""
                .formatted(account))));

        // The event's copy is older than the account: Stripe's current answer wins.
        webhooks.deliver(StripeStub.event(eventId(), "account.updated", """
                {"id": "%s", "object": "account", "details_submitted": false, "payouts_enabled": false}"""
                .formatted(account), null)).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select payouts_status from payment_stripe_party where user_id = ?", String.class,
                freelancer.value())).isEqualTo(PayoutStatus.ACTIVE.name());
    }

    @Test
    void a_failed_payout_is_reported_for_its_freelancer() throws Exception {
        var freelancer = accounts.signUp(new SignUpRequest("Pat Payee", TestAccounts.uniqueEmail("payee"),
                "copper kettle mountain", Role.FREELANCER)).id();
        String account = "acct_p" + IDS.incrementAndGet() + System.nanoTime();
        jdbc.update("insert into payment_stripe_party (user_id, account_id, payouts_status, updated_at)"
                + " values (?, ?, 'ACTIVE', now())", freelancer.value(), account);

        // Payouts of ours are reversed once (StripePayoutTest); one Stripe made on its own is still reported.
        webhooks.deliver(StripeStub.event(eventId(), "payout.failed", """
                {"id": "po_1", "object": "payout", "amount": 15000, "currency": "eur", "status": "failed",
                 "failure_code": "account_closed"}""", account)).andExpect(status().isOk());
        webhooks.deliver(StripeStub.event(eventId(), "payout.paid", """
                {"id": "po_2", "object": "payout", "amount": 15000, "currency": "eur", "status": "paid"}""", account))
                .andExpect(status().isOk());

        assertThat(events.stream(PayoutFailed.class).filter(e -> e.freelancer().equals(freelancer)))
                .singleElement().satisfies(failed -> {
                    assertThat(failed.amount()).isEqualTo(Money.of(150_00, "EUR"));
                    assertThat(failed.reason()).isEqualTo("account_closed");
                });
    }

    // --- helpers

    record Pending(long id, IdempotencyKey key, EscrowRef ref, Money clientPays) {}

    /** A milestone funding waiting on a Checkout page, with Stripe's answers for its payment intent stubbed. */
    private Pending checkoutFunding(Money price) {
        long id = IDS.incrementAndGet() + System.nanoTime();
        String client = TestAccounts.uniqueEmail("client");
        var c = accounts.signUp(new SignUpRequest("Pat Client", client, "copper kettle mountain", Role.CLIENT));
        var f = accounts.signUp(new SignUpRequest("Pat Freelancer", TestAccounts.uniqueEmail("freelancer"),
                "copper kettle mountain", Role.FREELANCER));
        var ref = new EscrowRef("contract-w" + id, c.id(), f.id());
        var key = IdempotencyKey.of("fund:milestone-w" + id);
        SERVER.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id": "cus_%d", "object": "customer"}""".formatted(id))));
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_%d", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_%d"}"""
                .formatted(id, id))));
        TestAccounts.signInAs(users, client);
        var funding = payments.fund(key, ref, price, "Milestone", new ReturnPages("/ok", "/cancel"));
        TestAccounts.signOut();
        assertThat(funding).isInstanceOf(Funding.AwaitingPayment.class);
        var pending = new Pending(id, key, ref, fees.breakdown(price).clientPays());
        SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_" + id)).willReturn(json(200,
                intentOf(pending, "succeeded", 0))));
        return pending;
    }

    /** A Checkout funding Stripe confirmed, paid with the client's Stripe customer (whom a chargeback names). */
    private Pending paidFunding(Money price, long stripeFee) throws Exception {
        var pending = checkoutFunding(price);
        webhooks.deliver(StripeStub.event(eventId(), "payment_intent.succeeded", intentOf(pending, "succeeded", stripeFee), null))
                .andExpect(status().isOk());
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, updated_at) values (?, ?, now())"
                + " on conflict (user_id) do update set customer_id = excluded.customer_id",
                pending.ref().client().value(), "cus_" + pending.id());
        return pending;
    }

    private static String dispute(Pending pending, long amount, String reason, String status) {
        return """
                {"id": "dp_%s", "object": "dispute", "amount": %d, "currency": "eur", "reason": "%s",
                 "status": "%s", "charge": "ch_pi_%s", "payment_intent": "pi_%s"}"""
                .formatted(pending.id(), amount, reason, status, pending.id(), pending.id());
    }

    private String intentOf(Pending pending, String status, long fee) {
        String intent = StripeStub.paymentIntent("pi_" + pending.id(), status, pending.clientPays().minorUnits(), "eur",
                pending.key().value(), pending.ref().contractRef(), "cus_" + pending.id(), fee);
        // What the webhook fetches is what Stripe has now: the same intent with its fee.
        SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_" + pending.id())).willReturn(json(200, intent)));
        return intent;
    }


    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    private static String eventId() {
        return "evt_" + IDS.incrementAndGet() + "_" + System.nanoTime();
    }

    private static String eventIdOf(String event) {
        return event.substring(event.indexOf("\"id\": \"") + 7, event.indexOf('"', event.indexOf("\"id\": \"") + 7));
    }
}
