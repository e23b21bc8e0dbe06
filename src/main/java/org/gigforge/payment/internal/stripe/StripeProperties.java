package org.gigforge.payment.internal.stripe;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gigforge.payments.stripe.*}: a secret key switches payments from the demo provider to Stripe.
 *
 * @param secretKey the API secret key ({@code sk_live_…} or {@code sk_test_…}); empty: the demo provider
 * @param webhookSecret the signing secret of the webhook endpoint ({@code whsec_…})
 * @param publishableKey the publishable key; kept for pages that would show Stripe's own elements (Checkout needs none)
 * @param publicUrl the address members reach the application at: Checkout and onboarding return there
 * @param apiBase Stripe's API address, replaced only by tests
 * @param readTimeout how long one call may wait for Stripe's answer before it counts as failed (and is retried)
 * @param maxNetworkRetries how often the client itself retries a failed connection under the same key, before a job
 *        retries later with back-off
 */
@ConfigurationProperties("gigforge.payments.stripe")
record StripeProperties(
        @Nullable String secretKey,
        @Nullable String webhookSecret,
        @Nullable String publishableKey,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @Nullable String apiBase,
        @DefaultValue("30s") Duration connectTimeout,
        @DefaultValue("80s") Duration readTimeout,
        @DefaultValue("1") int maxNetworkRetries) {

    static final String SECRET_KEY = "gigforge.payments.stripe.secret-key";

    /** An address of this application, under {@link #publicUrl}. */
    URI page(String path) {
        String base = publicUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
