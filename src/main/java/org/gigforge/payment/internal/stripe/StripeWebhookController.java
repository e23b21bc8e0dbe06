package org.gigforge.payment.internal.stripe;

import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook: only events signed with the endpoint's secret (and recent, so a captured one cannot be replayed
 * later) are processed; anything else is answered 400 and changes nothing. A processing failure answers 500 and
 * rolls back, so Stripe delivers the event again.
 */
@RestController
@Conditional(StripeEnabled.class)
class StripeWebhookController {

    static final String PATH = "/api/v1/payments/stripe/webhook";

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhooks webhooks;
    private final String secret;

    StripeWebhookController(StripeWebhooks webhooks, StripeProperties properties) {
        this.webhooks = webhooks;
        this.secret = Objects.requireNonNull(properties.webhookSecret(), "gigforge.payments.stripe.webhook-secret");
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException | JsonParseException | NullPointerException e) {
            log.warn("Refused a Stripe webhook with a bad signature or body: {}", e.getMessage());
            return ResponseEntity.badRequest().build();
        }
        webhooks.handle(event);
        return ResponseEntity.ok().build();
    }
}
