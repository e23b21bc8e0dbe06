package org.gigforge.api.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The API's own filter chain, ahead of the UI's: stateless (no session, no cookie, so no CSRF token to carry), and
 * open to anonymous callers only where an endpoint is public. Anything else under {@code /api} is refused until it
 * gets its own rule. The chain also takes the error dispatch of an API request, so an error keeps its status
 * instead of meeting the UI's login redirect.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String PREFIX = "/api/";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(ApiSecurityConfiguration::isApiRequest)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/jobs").permitAll()
                        // Authenticated by the endpoints themselves: a shared secret header, a signed token.
                        .requestMatchers(HttpMethod.POST, "/api/v1/mail/events", "/api/v1/mail/unsubscribe").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** A request under {@code /api/}, or the error dispatch of one. */
    static boolean isApiRequest(HttpServletRequest request) {
        Object uri = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        return uri instanceof String path && path.startsWith(request.getContextPath() + PREFIX);
    }
}
