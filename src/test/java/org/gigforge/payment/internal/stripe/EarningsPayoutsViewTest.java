package org.gigforge.payment.internal.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gigforge.payment.internal.stripe.StripeStub.SERVER;
import static org.gigforge.payment.internal.stripe.StripeStub.json;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.payment.ui.EarningsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The earnings page's payouts section with Stripe: not set up, incomplete after starting, active once Stripe says so. */
@StripeStub.StripeTest
@ViewPackages(packages = "org.gigforge")
class EarningsPayoutsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_freelancer_sets_up_payouts_through_stripe_onboarding() {
        SERVER.resetAll();
        String email = TestAccounts.uniqueEmail("payouts");
        var freelancer = accounts.signUp(new SignUpRequest("Ben Freelancer", email, "copper kettle mountain",
                Role.FREELANCER)).id();
        String account = "acct_view" + freelancer.value();
        SERVER.stubFor(post("/v1/accounts").willReturn(json(200, """
                {"id": "%s", "object": "account", "details_submitted": false, "payouts_enabled": false}"""
                .formatted(account))));
        SERVER.stubFor(post("/v1/account_links").willReturn(json(200, """
                {"object": "account_link", "url": "https://connect.stripe.com/setup/e/%s/x"}""".formatted(account))));
        TestAccounts.signInAs(users, email);

        navigate(EarningsView.class);
        assertThat(find(Span.class).id("payouts-status").getText()).isEqualTo("Not set up");
        assertThat(find(Span.class).all().stream().noneMatch(span -> "payment-demo".equals(span.getId().orElse(null))))
                .as("real money: no demo label").isTrue();
        test(find(Button.class).id("payouts-set-up")).click();
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/account_links")));

        navigate(EarningsView.class);
        assertThat(find(Span.class).id("payouts-status").getText()).isEqualTo("Incomplete");
        assertThat(find(Button.class).id("payouts-set-up").getText()).isEqualTo("Continue set-up");

        UI.getCurrent().navigate("earnings", QueryParameters.simple(Map.of("payouts", "refresh")));
        assertThat(find(Paragraph.class).id("payouts-expired").getText()).contains("expired");

        // Back from Stripe with everything done: Stripe's answer is shown at once.
        SERVER.stubFor(get(urlPathEqualTo("/v1/accounts/" + account)).willReturn(json(200, """
                {"id": "%s", "object": "account", "details_submitted": true, "payouts_enabled": true}"""
                .formatted(account))));
        UI.getCurrent().navigate("earnings", QueryParameters.simple(Map.of("payouts", "return")));
        assertThat(find(Span.class).id("payouts-status").getText()).isEqualTo("Active");
        assertThat(find(Button.class).all()).noneMatch(button -> "payouts-set-up".equals(button.getId().orElse(null)));
    }
}
