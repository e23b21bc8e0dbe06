package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.gigforge.GigforgeTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Stripe's HTTP API replayed by WireMock, in this JVM on a free port of 127.0.0.1, and the switch that makes the
 * application use Stripe instead of the demo provider in the tests that ask for it ({@link StripeTest}).
 */
final class StripeStub {

    static final String WEBHOOK_SECRET = "whsec_test_secret";
    static final int READ_TIMEOUT_MS = 1500;

    static final WireMockServer SERVER = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    static {
        SERVER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SERVER::stop));
    }

    private StripeStub() {}

    /** The whole application with Stripe (on WireMock) as its payment provider; one context for all such tests. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @GigforgeTest
    @TestPropertySource(properties = {
        "gigforge.payments.stripe.secret-key=sk_test_gigforge",
        "gigforge.payments.stripe.webhook-secret=" + WEBHOOK_SECRET,
        "gigforge.payments.stripe.publishable-key=pk_test_gigforge",
        "gigforge.payments.stripe.public-url=https://gigforge.test",
        "gigforge.payments.stripe.read-timeout=" + READ_TIMEOUT_MS + "ms",
        "gigforge.payments.stripe.max-network-retries=0",
        "gigforge.subscriptions.plans.business.stripe-price-id=price_business_test",
        "gigforge.subscriptions.plans.plus.stripe-price-id=price_plus_test"
    })
    @ContextConfiguration(initializers = Initializer.class)
    @interface StripeTest {}

    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "gigforge.payments.stripe.api-base=http://127.0.0.1:" + SERVER.port());
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_test").withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String type, String code, String message) {
        return json(status, """
                {"error": {"type": "%s", "code": "%s", "message": "%s"}}""".formatted(type, code, message));
    }

    /** A Stripe-shaped event around the object. */
    static String event(String id, String type, String object, String account) {
        return """
                {"id": "%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false,
                 "pending_webhooks": 1, "request": {"id": null, "idempotency_key": null}, "type": "%s",%s
                 "data": {"object": %s}}""".formatted(id, Stripe.API_VERSION, Instant.now().getEpochSecond(), type,
                account == null ? "" : " \"account\": \"" + account + "\",", object);
    }

    /** The {@code Stripe-Signature} header Stripe would send with the payload. */
    static String signature(String payload, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        try {
            return "t=" + timestamp + ",v1=" + Webhook.Util.computeHmacSha256(secret, timestamp + "." + payload);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String paymentIntent(String id, String status, long amount, String currency, String key, String contract,
            String customer, long fee) {
        return """
                {"id": "%s", "object": "payment_intent", "amount": %d, "currency": "%s", "status": "%s",
                 "customer": "%s", "payment_method": "pm_card_visa_saved", "transfer_group": "%s",
                 "metadata": {"gigforge_key": "%s", "gigforge_contract": "%s"},
                 "latest_charge": {"id": "ch_%s", "object": "charge", "amount": %d, "amount_refunded": 0,
                   "currency": "%s", "payment_intent": "%s",
                   "balance_transaction": {"id": "txn_%s", "object": "balance_transaction", "amount": %d,
                     "currency": "%s", "fee": %d, "net": %d}}}""".formatted(id, amount, currency, status, customer,
                contract, key, contract, id, amount, currency, id, id, amount, currency, fee, amount - fee);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
