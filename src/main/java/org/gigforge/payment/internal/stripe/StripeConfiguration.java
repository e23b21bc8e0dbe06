package org.gigforge.payment.internal.stripe;

import com.stripe.StripeClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/** Stripe's client and provider, when a secret key is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(StripeEnabled.class)
@EnableConfigurationProperties(StripeProperties.class)
class StripeConfiguration {

    @Bean
    StripeClient stripeClient(StripeProperties properties) {
        var builder = StripeClient.builder()
                .setApiKey(properties.secretKey())
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setReadTimeout((int) properties.readTimeout().toMillis())
                .setMaxNetworkRetries(properties.maxNetworkRetries());
        if (StringUtils.hasText(properties.apiBase())) {
            builder.setApiBase(properties.apiBase()).setConnectBase(properties.apiBase()).setFilesBase(properties.apiBase());
        }
        return builder.build();
    }

    @Bean
    StripePaymentProvider paymentProvider(StripeClient client, StripeParties parties, StripeProperties properties,
            JdbcClient jdbc) {
        return new StripePaymentProvider(client, parties, properties, jdbc);
    }
}
