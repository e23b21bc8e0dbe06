package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.error;
import static org.gigforge.payment.internal.stripe.StripeStub.json;

import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.FeePolicy;
import org.gigforge.payment.Funding;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerChecks;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentProviderException;
import org.gigforge.payment.PaymentProviderUnavailableException;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.PayoutService;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Stripe provider against Stripe's HTTP API replayed by WireMock: what it sends (idempotency keys, metadata,
 * transfer groups), what the ledger posts from the answers (Stripe's fee as entries of its own), and that errors and
 * timeouts leave the ledger as it was.
 */
@StripeStub.StripeTest
class StripePaymentProviderTest {

    private static final AtomicLong CONTRACTS = new AtomicLong();
    private static final ReturnPages PAGES = new ReturnPages("/paid", "/cancelled");

    @Autowired PaymentService payments;
    @Autowired PayoutService payouts;
    @Autowired StripeTransfers transfers;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired FeePolicy fees;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void resetStripe() {
        SERVER.resetAll();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
        assertLedgerBalances();
    }

    @Test
    void the_stripe_provider_replaces_the_demo_one() {
        assertThat(payments.demoMode()).isFalse();
    }

    @Test
    void funding_with_a_client_present_opens_a_checkout_session_and_posts_nothing_yet() {
        var contract = newContract();
        Money price = Money.of(100_00, "EUR");
        var key = IdempotencyKey.of("fund:" + contract.ref().contractRef());
        SERVER.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id": "cus_client1", "object": "customer", "metadata": {}}""")));
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_test_1", "object": "checkout.session", "mode": "payment", "status": "open",
                 "url": "https://checkout.stripe.com/c/pay/cs_test_1"}""")));

        TestAccounts.signInAs(users, contract.clientEmail());
        var funding = payments.fund(key, contract.ref(), price, "Design", PAGES);

        assertThat(funding).isEqualTo(new Funding.AwaitingPayment(key, URI.create("https://checkout.stripe.com/c/pay/cs_test_1")));
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout:" + key + ":0"))
                .withRequestBody(containing("mode=payment"))
                .withRequestBody(containing("customer=cus_client1"))
                .withRequestBody(containing("success_url=https%3A%2F%2Fgigforge.test%2Fpaid"))
                .withRequestBody(containing("unit_amount]=" + fees.breakdown(price).clientPays().minorUnits()))
                .withRequestBody(containing("setup_future_usage]=off_session"))
                .withRequestBody(containing("payment_intent_data[transfer_group]=" + contract.ref().contractRef()))
                .withRequestBody(containing("metadata[gigforge_key]=" + key.value().replace(":", "%3A"))));
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/customers")).withHeader("Idempotency-Key",
                equalTo("customer:user-" + contract.client().value())));
        assertThat(transactions(contract)).isZero();

        // A double click asks Stripe with the same key, so it answers with the same session.
        payments.fund(key, contract.ref(), price, "Design", PAGES);
        SERVER.verify(2, postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo("checkout:" + key + ":0")));
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void an_off_session_charge_posts_the_funding_with_stripes_fee_as_entries_of_its_own() {
        var contract = newContract();
        savedCard(contract.client());
        Money price = Money.of(200_00, "EUR");
        long clientPays = fees.breakdown(price).clientPays().minorUnits();
        var key = IdempotencyKey.of("fund:week-" + contract.ref().contractRef());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_offsession1",
                "succeeded", clientPays, "eur", key.value(), contract.ref().contractRef(), "cus_" + contract.client(), 320))));

        var posting = payments.fundAuthorized(key, contract.ref(), price, "Week 2030-W02");

        assertThat(posting.providerReference()).isEqualTo("pi_offsession1");
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("charge:" + key))
                .withRequestBody(containing("off_session=true"))
                .withRequestBody(containing("confirm=true"))
                .withRequestBody(containing("payment_method=pm_saved"))
                .withRequestBody(containing("amount=" + clientPays)));
        assertThat(sum(contract, LedgerAccountKind.PROVIDER_FEES)).isEqualTo(320);
        assertThat(sum(contract, LedgerAccountKind.PLATFORM_REVENUE))
                .isEqualTo(fees.breakdown(price).clientFee().minorUnits() - 320);
        assertThat(sum(contract, LedgerAccountKind.CONTRACT_ESCROW)).isEqualTo(price.minorUnits());
    }

    @Test
    void a_declined_card_is_a_clear_refusal_and_posts_nothing() {
        var contract = newContract();
        savedCard(contract.client());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(402, "card_error", "card_declined",
                "Your card was declined.")));

        assertThatThrownBy(() -> payments.fundAuthorized(IdempotencyKey.of("fund:d-" + contract.ref().contractRef()),
                contract.ref(), Money.of(50_00, "EUR"), "Week"))
                .isInstanceOf(PaymentProviderException.class).hasMessage("payment.declined");
        assertThat(transactions(contract)).isZero();
    }

    @Test
    void a_card_that_needs_the_client_present_is_refused_off_session() {
        var contract = newContract();
        savedCard(contract.client());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(402, "card_error", "authentication_required",
                "This payment requires authentication.")));

        assertThatThrownBy(() -> payments.fundAuthorized(IdempotencyKey.of("fund:a-" + contract.ref().contractRef()),
                contract.ref(), Money.of(50_00, "EUR"), "Week"))
                .isInstanceOf(PaymentProviderException.class).hasMessage("payment.authentication-required");
        assertThat(transactions(contract)).isZero();
    }

    @Test
    void a_rate_limit_and_a_timeout_are_retryable_and_post_nothing() {
        var contract = newContract();
        savedCard(contract.client());
        var key = IdempotencyKey.of("fund:r-" + contract.ref().contractRef());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(429, "invalid_request_error", "rate_limit",
                "Too many requests.")));
        assertThatThrownBy(() -> payments.fundAuthorized(key, contract.ref(), Money.of(50_00, "EUR"), "Week"))
                .isInstanceOf(PaymentProviderUnavailableException.class);

        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_slow", "succeeded",
                5000, "eur", key.value(), contract.ref().contractRef(), "cus_x", 100))
                .withFixedDelay(StripeStub.READ_TIMEOUT_MS + 1000)));
        assertThatThrownBy(() -> payments.fundAuthorized(key, contract.ref(), Money.of(50_00, "EUR"), "Week"))
                .isInstanceOf(PaymentProviderUnavailableException.class);
        assertThat(transactions(contract)).isZero();

        // Retried later with the same key, Stripe's answer is posted once.
        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_later", "succeeded",
                fees.breakdown(Money.of(50_00, "EUR")).clientPays().minorUnits(), "eur", key.value(),
                contract.ref().contractRef(), "cus_x", 100))));
        payments.fundAuthorized(key, contract.ref(), Money.of(50_00, "EUR"), "Week");
        payments.fundAuthorized(key, contract.ref(), Money.of(50_00, "EUR"), "Week");
        assertThat(transactions(contract)).isOne();
        SERVER.verify(3, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("charge:" + key)));
    }

    @Test
    void an_idempotency_conflict_is_a_clear_error_and_posts_nothing() {
        var contract = newContract();
        savedCard(contract.client());
        SERVER.stubFor(post("/v1/payment_intents").willReturn(error(400, "idempotency_error", "idempotency_key_in_use",
                "Keys for idempotent requests can only be used with the same parameters they were first used with.")));

        assertThatThrownBy(() -> payments.fundAuthorized(IdempotencyKey.of("fund:i-" + contract.ref().contractRef()),
                contract.ref(), Money.of(50_00, "EUR"), "Week"))
                .isInstanceOf(PaymentProviderException.class).hasMessage("payment.provider.conflict");
        assertThat(transactions(contract)).isZero();
    }

    @Test
    void a_refund_creates_stripe_refunds_and_a_released_milestone_cannot_be_refunded() {
        var contract = newContract();
        savedCard(contract.client());
        Money price = Money.of(80_00, "EUR");
        long clientPays = fees.breakdown(price).clientPays().minorUnits();
        String ref = contract.ref().contractRef();
        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_r1", "succeeded",
                clientPays, "eur", "fund:1-" + ref, ref, "cus_x", 250))));
        SERVER.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_r1")).willReturn(json(200,
                StripeStub.paymentIntent("pi_r1", "succeeded", clientPays, "eur", "fund:1-" + ref, ref, "cus_x", 250))));
        SERVER.stubFor(post("/v1/refunds").willReturn(json(200, """
                {"id": "re_1", "object": "refund", "amount": %d, "currency": "eur", "status": "succeeded"}"""
                .formatted(clientPays))));
        payments.fundAuthorized(IdempotencyKey.of("fund:1-" + ref), contract.ref(), price, "One");
        payments.fundAuthorized(IdempotencyKey.of("fund:2-" + ref), contract.ref(), price, "Two");

        var refund = payments.refund(IdempotencyKey.of("refund:1-" + ref), ref, price, "One back");
        assertThat(refund.providerReference()).isEqualTo("re_1");
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund:refund:1-" + ref + ":pi_r1"))
                .withRequestBody(containing("payment_intent=pi_r1"))
                .withRequestBody(containing("amount=" + clientPays)));

        payments.release(IdempotencyKey.of("release:2-" + ref), ref, price, "Two paid");
        assertThatThrownBy(() -> payments.refund(IdempotencyKey.of("refund:2-" + ref), ref, price, "Two back"))
                .isInstanceOf(UserFacingException.class).hasMessage("payment.escrow.insufficient");
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/refunds")));
    }

    @Test
    void a_release_waits_for_onboarding_then_transfers_to_the_connected_account_once() {
        var contract = newContract();
        savedCard(contract.client());
        Money price = Money.of(300_00, "EUR");
        String ref = contract.ref().contractRef();
        var breakdown = fees.breakdown(price);
        SERVER.stubFor(post("/v1/payment_intents").willReturn(json(200, StripeStub.paymentIntent("pi_t1", "succeeded",
                breakdown.clientPays().minorUnits(), "eur", "fund:t-" + ref, ref, "cus_x", 900))));
        payments.fundAuthorized(IdempotencyKey.of("fund:t-" + ref), contract.ref(), price, "Build");
        var release = IdempotencyKey.of("release:t-" + ref);
        payments.release(release, ref, price, "Approved");

        // Not onboarded: the money is in the balance; the transfer waits.
        assertThat(transfers.send(release.value())).isFalse();
        assertThat(sum(contract, LedgerAccountKind.FREELANCER_BALANCE)).isEqualTo(breakdown.freelancerReceives().minorUnits());
        SERVER.verify(0, postRequestedFor(urlEqualTo("/v1/transfers")));

        // Onboarding: an Express account and a link back to the earnings page.
        SERVER.stubFor(post("/v1/accounts").willReturn(json(200, """
                {"id": "acct_fl1", "object": "account", "type": "express", "details_submitted": false,
                 "payouts_enabled": false}""")));
        SERVER.stubFor(post("/v1/account_links").willReturn(json(200, """
                {"object": "account_link", "url": "https://connect.stripe.com/setup/e/acct_fl1/abc",
                 "created": 1700000000, "expires_at": 1700000300}""")));
        TestAccounts.signInAs(users, contract.freelancerEmail());
        assertThat(payouts.myStatus()).isEqualTo(PayoutStatus.NOT_STARTED);
        assertThat(payouts.startOnboarding()).isEqualTo(URI.create("https://connect.stripe.com/setup/e/acct_fl1/abc"));
        assertThat(payouts.myStatus()).isEqualTo(PayoutStatus.INCOMPLETE);
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo("account:user-" + contract.ref().freelancer().value()))
                .withRequestBody(containing("type=express"))
                // Our schedule decides when the account pays out, not Stripe's.
                .withRequestBody(containing("settings[payouts][schedule][interval]=manual")));
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/account_links"))
                .withRequestBody(containing("account=acct_fl1"))
                .withRequestBody(containing("type=account_onboarding"))
                .withRequestBody(containing("return_url=https%3A%2F%2Fgigforge.test%2Fearnings%3Fpayouts%3Dreturn")));

        // Back from Stripe with onboarding complete: the waiting transfer goes out.
        SERVER.stubFor(get(urlPathEqualTo("/v1/accounts/acct_fl1")).willReturn(json(200, """
                {"id": "acct_fl1", "object": "account", "type": "express", "details_submitted": true,
                 "payouts_enabled": true}""")));
        assertThat(payouts.refreshMyStatus()).isEqualTo(PayoutStatus.ACTIVE);
        SERVER.verify(getRequestedFor(urlPathEqualTo("/v1/accounts/acct_fl1")));
        TestAccounts.signOut();

        // Stripe is busy: the job fails (JobRunr retries it later with back-off) and nothing is posted.
        SERVER.stubFor(post("/v1/transfers").willReturn(error(429, "invalid_request_error", "rate_limit", "Slow down.")));
        assertThatThrownBy(() -> transfers.send(release.value())).isInstanceOf(PaymentProviderUnavailableException.class);
        assertThat(sum(contract, LedgerAccountKind.FREELANCER_BALANCE)).isEqualTo(breakdown.freelancerReceives().minorUnits());
        assertThat(sum(contract, LedgerAccountKind.PROVIDER_CLEARING)).isZero();

        SERVER.stubFor(post("/v1/transfers").willReturn(json(200, """
                {"id": "tr_1", "object": "transfer", "amount": %d, "currency": "eur", "destination": "acct_fl1",
                 "transfer_group": "%s"}""".formatted(breakdown.freelancerReceives().minorUnits(), ref))));
        assertThat(transfers.send(release.value())).isTrue();
        assertThat(transfers.send(release.value())).isFalse();
        // Two calls with one key: the retry and the one that worked; none after it was sent.
        SERVER.verify(2, postRequestedFor(urlEqualTo("/v1/transfers")));
        SERVER.verify(2, postRequestedFor(urlEqualTo("/v1/transfers"))
                .withHeader("Idempotency-Key", equalTo("transfer:" + release))
                .withRequestBody(containing("destination=acct_fl1"))
                .withRequestBody(containing("transfer_group=" + ref))
                .withRequestBody(containing("amount=" + breakdown.freelancerReceives().minorUnits())));
        // The transfer is not a payout: the money is still the freelancer's balance, now held at their connected
        // account until their payout schedule pays it out to the bank.
        assertThat(sum(contract, LedgerAccountKind.FREELANCER_BALANCE)).isEqualTo(breakdown.freelancerReceives().minorUnits());
        assertThat(sum(contract, LedgerAccountKind.PROVIDER_CLEARING)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_transaction where kind = ? and provider_ref = 'tr_1'",
                Long.class, PaymentKind.PAYOUT.name())).isZero();
        assertThat(jdbc.queryForObject("select state || ':' || transfer_id from payment_stripe_transfer where release_key = ?",
                String.class, release.value())).isEqualTo("SENT:tr_1");
    }

    @Test
    void payouts_are_only_for_freelancers_themselves() {
        var contract = newContract();
        TestAccounts.signInAs(users, contract.clientEmail());
        assertThatThrownBy(() -> payouts.startOnboarding()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> payouts.myStatus()).isInstanceOf(AuthorizationDeniedException.class);
    }

    // --- helpers

    record Contract(EscrowRef ref, String clientEmail, String freelancerEmail) {
        UserId client() {
            return ref.client();
        }
    }

    private void savedCard(UserId client) {
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, payment_method_id, updated_at)"
                + " values (?, ?, 'pm_saved', now())", client.value(), "cus_" + client);
    }

    private long transactions(Contract contract) {
        Long count = jdbc.queryForObject("select count(*) from ledger_transaction where contract_ref = ?", Long.class,
                contract.ref().contractRef());
        return count == null ? 0 : count;
    }

    private long sum(Contract contract, LedgerAccountKind kind) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum(e.amount_minor), 0) from ledger_entry e join ledger_account a on a.id = e.account_id
                join ledger_transaction t on t.id = e.transaction_id where t.contract_ref = ? and a.kind = ?""",
                Long.class, contract.ref().contractRef(), kind.name());
        return sum == null ? 0 : sum;
    }

    private void assertLedgerBalances() {
        LedgerChecks.assertBalanced(jdbc);
    }

    private Contract newContract() {
        String client = TestAccounts.uniqueEmail("client");
        String freelancer = TestAccounts.uniqueEmail("freelancer");
        var c = accounts.signUp(new SignUpRequest("Pat Client", client, "copper kettle mountain", Role.CLIENT));
        var f = accounts.signUp(new SignUpRequest("Pat Freelancer", freelancer, "copper kettle mountain", Role.FREELANCER));
        String ref = "contract-s" + System.nanoTime() + "-" + CONTRACTS.incrementAndGet();
        return new Contract(new EscrowRef(ref, c.id(), f.id()), client, freelancer);
    }
}
