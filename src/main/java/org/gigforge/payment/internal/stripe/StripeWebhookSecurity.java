package org.gigforge.payment.internal.stripe;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The webhook's own chain, ahead of the API's: Stripe signs the body instead of signing in, so the endpoint is
 * open, stateless and without CSRF token; the signature check in the controller is its authentication.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StripeEnabled.class)
class StripeWebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain stripeWebhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, StripeWebhookController.PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
