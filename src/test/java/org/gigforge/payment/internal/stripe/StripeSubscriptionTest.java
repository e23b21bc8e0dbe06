package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.stripe.Stripe;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.Entitlements;
import org.gigforge.subscription.MySubscription;
import org.gigforge.subscription.PlanFeature;
import org.gigforge.subscription.SubscriptionChanged;
import org.gigforge.subscription.SubscriptionPaid;
import org.gigforge.subscription.SubscriptionPaymentFailed;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.subscription.SubscriptionStatus;
import org.gigforge.subscription.Subscribing;
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
 * Plans sold through Stripe Billing: Checkout in subscription mode, the customer portal, and entitlements that follow
 * the subscription's webhook events, however often and in whatever order they come.
 */
@StripeStub.StripeTest
@RecordApplicationEvents
class StripeSubscriptionTest {

    private static final AtomicLong IDS = new AtomicLong();

    @Autowired WebApplicationContext context;
    @Autowired SubscriptionService subscriptions;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private WebhookSender webhooks;

    @BeforeEach
    void setUp() {
        SERVER.resetAll();
        webhooks = new WebhookSender(context);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void subscribing_opens_checkout_in_subscription_mode_for_the_members_customer() {
        var member = member(Role.CLIENT);
        SERVER.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id": "cus_sub%d", "object": "customer"}""".formatted(member.id().value()))));
        SERVER.stubFor(post("/v1/checkout/sessions").willReturn(json(200, """
                {"id": "cs_sub1", "object": "checkout.session", "mode": "subscription",
                 "url": "https://checkout.stripe.com/c/pay/cs_sub1"}""")));
        TestAccounts.signInAs(users, member.email());

        assertThat(subscriptions.demo()).isFalse();
        var first = subscriptions.subscribe("business");
        var again = subscriptions.subscribe("business");

        assertThat(first).isEqualTo(new Subscribing.PayAt(URI.create("https://checkout.stripe.com/c/pay/cs_sub1")));
        assertThat(again).isEqualTo(first);
        String key = "checkout:subscribe:user-" + member.id() + ":business:0";
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                .withHeader("Idempotency-Key", equalTo(key))
                .withRequestBody(containing("mode=subscription"))
                .withRequestBody(containing("customer=cus_sub" + member.id().value()))
                .withRequestBody(containing("line_items[0][price]=price_business_test"))
                .withRequestBody(containing("subscription_data[metadata][gigforge_plan]=business"))
                .withRequestBody(containing("success_url=" + java.net.URLEncoder.encode(
                        "https://gigforge.test/plans?subscribed=business", java.nio.charset.StandardCharsets.UTF_8))));
        // The customer is made once, under its own key.
        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo("customer:user-" + member.id())));
        // Nothing is entitled before Stripe reports the subscription.
        assertThat(subscriptions.myEntitlements().openJobs()).isEqualTo(10);
        assertThatThrownBy(() -> subscriptions.cancel(1)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void manage_opens_the_customer_portal_returning_to_the_plans() {
        var member = member(Role.FREELANCER);
        customer(member.id(), "cus_portal" + member.id().value());
        SERVER.stubFor(post("/v1/billing_portal/sessions").willReturn(json(200, """
                {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.com/p/session/bps_1"}""")));
        TestAccounts.signInAs(users, member.email());

        assertThat(subscriptions.manage()).isEqualTo(URI.create("https://billing.stripe.com/p/session/bps_1"));

        SERVER.verify(1, postRequestedFor(urlPathEqualTo("/v1/billing_portal/sessions"))
                .withHeader("Idempotency-Key", containing("portal:manage:user-" + member.id() + ":"))
                .withRequestBody(containing("customer=cus_portal" + member.id().value()))
                .withRequestBody(containing("return_url=" + java.net.URLEncoder.encode("https://gigforge.test/plans",
                        java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void entitlements_follow_subscription_events_delivered_three_times_and_out_of_order() throws Exception {
        var subscriber = subscriber(Role.FREELANCER, "ev");
        var member = subscriber.member();
        String customer = subscriber.customer();
        String sub = subscriber.subscription();
        long t0 = java.time.Instant.now().getEpochSecond() - 600;
        long periodEnd = t0 + 30L * 24 * 3600;
        String created = event("customer.subscription.created", t0,
                subscription(sub, customer, "price_plus_test", "incomplete", periodEnd, false));
        String updated = event("customer.subscription.updated", t0 + 5,
                subscription(sub, customer, "price_plus_test", "active", periodEnd, false));
        String cancelling = event("customer.subscription.updated", t0 + 60,
                subscription(sub, customer, "price_plus_test", "active", periodEnd, true));
        String deleted = event("customer.subscription.deleted", t0 + 120,
                subscription(sub, customer, "price_plus_test", "canceled", periodEnd, true));

        // The activation arrives before the creation; the creation then must not undo it.
        webhooks.deliver(updated).andExpect(status().isOk());
        webhooks.deliver(created).andExpect(status().isOk());
        webhooks.deliver(updated).andExpect(status().isOk());
        assertThat(entitlementsOf(member).has(PlanFeature.PROFILE_ANALYTICS)).isTrue();
        webhooks.deliver(created).andExpect(status().isOk());
        assertThat(entitlementsOf(member).plans()).containsExactly("plus");

        // Cancelled at period end: still entitled; then the deletion, and the cancellation once more after it.
        webhooks.deliver(cancelling).andExpect(status().isOk());
        assertThat(entitlementsOf(member).has(PlanFeature.CUSTOM_PROFILE_URL)).isTrue();
        webhooks.deliver(deleted).andExpect(status().isOk());
        webhooks.deliver(cancelling).andExpect(status().isOk());
        webhooks.deliver(updated).andExpect(status().isOk());
        webhooks.deliver(deleted).andExpect(status().isOk());
        webhooks.deliver(cancelling).andExpect(status().isOk());

        assertThat(entitlementsOf(member).features()).isEmpty();
        TestAccounts.signInAs(users, member.email());
        assertThat(subscriptions.mySubscriptions()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SubscriptionStatus.CANCELED);
            assertThat(s.demo()).isFalse();
            assertThat(s.entitled()).isFalse();
        });
        // Each event was processed once: four changes, four notices.
        assertThat(count("select count(*) from payment_stripe_event where event_id in (?, ?, ?, ?)",
                id(created), id(updated), id(cancelling), id(deleted))).isEqualTo(4);
        assertThat(events.stream(SubscriptionChanged.class).filter(e -> e.member().equals(member.id())))
                .extracting(SubscriptionChanged::status)
                .containsExactly(SubscriptionStatus.ACTIVE, SubscriptionStatus.ACTIVE, SubscriptionStatus.CANCELED);
    }

    @Test
    void a_late_renewal_event_never_takes_a_newer_period_back() throws Exception {
        var subscriber = subscriber(Role.CLIENT, "rn");
        var member = subscriber.member();
        String customer = subscriber.customer();
        String sub = subscriber.subscription();
        long t0 = java.time.Instant.now().getEpochSecond() - 3600;
        long firstEnd = t0 + 30L * 24 * 3600;
        long secondEnd = firstEnd + 31L * 24 * 3600;
        String pastDue = event("customer.subscription.updated", t0 + 10,
                subscription(sub, customer, "price_business_test", "past_due", firstEnd, false));
        String renewed = event("customer.subscription.updated", t0 + 10,
                subscription(sub, customer, "price_business_test", "active", secondEnd, false));

        webhooks.deliver(renewed).andExpect(status().isOk());
        webhooks.deliver(pastDue).andExpect(status().isOk());

        TestAccounts.signInAs(users, member.email());
        MySubscription held = subscriptions.mySubscriptions().getFirst();
        assertThat(held.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(held.currentPeriodEnd().getEpochSecond()).isEqualTo(secondEnd);
        assertThat(subscriptions.myEntitlements().openJobs()).isEqualTo(Entitlements.UNLIMITED);
    }

    @Test
    void invoices_paid_and_failed_are_recorded_once_and_told() throws Exception {
        var subscriber = subscriber(Role.CLIENT, "in");
        var member = subscriber.member();
        String customer = subscriber.customer();
        String sub = subscriber.subscription();
        long now = java.time.Instant.now().getEpochSecond();
        String paid = event("invoice.paid", now, invoice("in_p" + sub, sub, customer, "paid", 2900));
        String failed = event("invoice.payment_failed", now, invoice("in_f" + sub, sub, customer, "open", 2900));
        String oneOff = event("invoice.paid", now, """
                {"id": "in_x%s", "object": "invoice", "customer": "%s", "currency": "eur", "amount_paid": 500,
                 "amount_due": 500, "status": "paid", "parent": null, "metadata": null}""".formatted(sub, customer));

        webhooks.deliver(paid).andExpect(status().isOk());
        webhooks.deliver(paid).andExpect(status().isOk());
        webhooks.deliver(failed).andExpect(status().isOk());
        webhooks.deliver(oneOff).andExpect(status().isOk());

        assertThat(events.stream(SubscriptionPaid.class).filter(e -> e.member().equals(member.id())))
                .singleElement().extracting(SubscriptionPaid::amount).isEqualTo(Money.of(29_00, "EUR"));
        assertThat(events.stream(SubscriptionPaymentFailed.class).filter(e -> e.member().equals(member.id()))).hasSize(1);
        TestAccounts.signInAs(users, member.email());
        assertThat(subscriptions.myPayments()).extracting(p -> p.paid()).containsExactlyInAnyOrder(true, false);
        // The paid month is in the ledger once, with Stripe's invoice as its reference, and invoiced once by us.
        assertThat(jdbc.queryForList("select provider, provider_ref, price_minor from ledger_transaction"
                + " where kind = 'SUBSCRIPTION' and provider_ref like ?", "in_p" + sub + "%")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("provider")).isEqualTo("stripe");
                    assertThat(row.get("price_minor")).isEqualTo(2900L);
                });
        assertThat(jdbc.queryForObject("select count(*) from invoice where buyer_id = ? and kind = 'SUBSCRIPTION'",
                Long.class, member.id().value())).isOne();
    }

    @Test
    void a_badly_signed_subscription_event_changes_nothing() throws Exception {
        var subscriber = subscriber(Role.FREELANCER, "bad");
        var member = subscriber.member();
        String customer = subscriber.customer();
        String sub = subscriber.subscription();
        String created = event("customer.subscription.created", java.time.Instant.now().getEpochSecond(),
                subscription(sub, customer, "price_plus_test", "active", java.time.Instant.now().getEpochSecond() + 86400, false));

        webhooks.withSignature(created, StripeStub.signature(created, "whsec_someone_else"))
                .andExpect(status().isBadRequest());
        webhooks.unsigned(created)
                .andExpect(status().isBadRequest());

        assertThat(count("select count(*) from payment_stripe_event where event_id = ?", id(created))).isZero();
        assertThat(count("select count(*) from subscription where provider_ref = ?", sub)).isZero();
        assertThat(entitlementsOf(member).features()).isEmpty();
    }

    // --- helpers

    record Member(UserId id, String email) {}

    /** A member with a Stripe customer of theirs, and the id their next subscription at Stripe will have. */
    record Subscriber(Member member, String customer, String subscription) {}

    private Subscriber subscriber(Role role, String tag) {
        var member = member(role);
        String customer = "cus_" + tag + member.id().value();
        customer(member.id(), customer);
        return new Subscriber(member, customer, "sub_" + tag + IDS.incrementAndGet() + System.nanoTime());
    }

    private Member member(Role role) {
        String email = TestAccounts.uniqueEmail("stripe.plans");
        var id = accounts.signUp(new SignUpRequest("Pat Subscriber", email, "copper kettle mountain", role)).id();
        return new Member(id, email);
    }

    private void customer(UserId member, String customer) {
        jdbc.update("insert into payment_stripe_party (user_id, customer_id, updated_at) values (?, ?, now())"
                + " on conflict (user_id) do update set customer_id = excluded.customer_id", member.value(), customer);
    }

    private Entitlements entitlementsOf(Member member) {
        return subscriptions.entitlementsOf(member.id());
    }

    private static String subscription(String id, String customer, String price, String status, long periodEnd,
            boolean cancelAtPeriodEnd) {
        return """
                {"id": "%s", "object": "subscription", "customer": "%s", "status": "%s",
                 "cancel_at_period_end": %s, "metadata": {"gigforge_plan": "ignored-when-the-price-is-known"},
                 "items": {"object": "list", "data": [{"id": "si_%s", "object": "subscription_item",
                   "current_period_end": %d, "price": {"id": "%s", "object": "price"}}]}}"""
                .formatted(id, customer, status, cancelAtPeriodEnd, id, periodEnd, price);
    }

    private static String invoice(String id, String subscription, String customer, String status, long amount) {
        return """
                {"id": "%s", "object": "invoice", "customer": "%s", "currency": "eur", "status": "%s",
                 "amount_paid": %d, "amount_due": %d,
                 "parent": {"type": "subscription_details", "subscription_details": {"subscription": "%s"}}}"""
                .formatted(id, customer, status, "paid".equals(status) ? amount : 0, amount, subscription);
    }

    /** A Stripe-shaped event created at the given second. */
    private static String event(String type, long created, String object) {
        return """
                {"id": "evt_s%d_%d", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null}, "type": "%s",
                 "data": {"object": %s}}""".formatted(IDS.incrementAndGet(), System.nanoTime(), Stripe.API_VERSION,
                created, type, object);
    }


    private static String id(String event) {
        return event.substring(event.indexOf("\"id\": \"") + 7, event.indexOf('"', event.indexOf("\"id\": \"") + 7));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
