package org.gigforge.payment.internal.stripe;

import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Delivers events to the webhook endpoint through the whole filter chain, signed as Stripe signs them. */
final class WebhookSender {

    static final String PATH = "/api/v1/payments/stripe/webhook";

    private final MockMvc api;

    WebhookSender(WebApplicationContext context) {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    ResultActions deliver(String payload) throws Exception {
        return withSignature(payload, StripeStub.signature(payload, StripeStub.WEBHOOK_SECRET));
    }

    /** With a {@code Stripe-Signature} header of the caller's making: another secret's, or another payload's. */
    ResultActions withSignature(String payload, String signature) throws Exception {
        return api.perform(MockMvcRequestBuilders.post(PATH).contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", signature));
    }

    ResultActions unsigned(String payload) throws Exception {
        return api.perform(MockMvcRequestBuilders.post(PATH).contentType(MediaType.APPLICATION_JSON).content(payload));
    }
}
