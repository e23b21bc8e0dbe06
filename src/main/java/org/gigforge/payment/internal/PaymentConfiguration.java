package org.gigforge.payment.internal;

import org.gigforge.payment.PaymentProvider;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.payment.internal.stripe.StripeEnabled;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The demo provider, unless a Stripe secret key is configured ({@code gigforge.payments.stripe.secret-key}; then
 * {@code stripe.StripeConfiguration} provides Stripe). The ledger is the same for all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayoutProperties.class)
class PaymentConfiguration {

    @Bean
    @Conditional(StripeEnabled.Disabled.class)
    PaymentProvider paymentProvider(GigforgeProperties properties) {
        return switch (properties.payments().provider()) {
            case DEMO -> new DemoPaymentProvider();
        };
    }
}
