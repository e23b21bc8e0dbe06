package org.gigforge.payment.internal;

import org.gigforge.payment.PaymentProvider;
import org.gigforge.platform.GigforgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the payment provider from {@code gigforge.payments.provider}; the ledger is the same for all. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    PaymentProvider paymentProvider(GigforgeProperties properties) {
        return switch (properties.payments().provider()) {
            case DEMO -> new DemoPaymentProvider();
        };
    }
}
