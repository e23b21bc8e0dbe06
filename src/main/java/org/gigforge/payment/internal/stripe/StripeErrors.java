package org.gigforge.payment.internal.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import org.gigforge.payment.PaymentProviderException;
import org.gigforge.payment.PaymentProviderUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stripe's errors in our words: declined, try again later, or a mistake of ours that must not be retried blindly. */
final class StripeErrors {

    private static final Logger log = LoggerFactory.getLogger(StripeErrors.class);

    private StripeErrors() {}

    static RuntimeException translate(String what, StripeException e) {
        log.warn("Stripe refused {}: {} (status {}, code {}, request {})", what, e.getMessage(), e.getStatusCode(),
                e.getCode(), e.getRequestId());
        return switch (e) {
            case CardException card when "authentication_required".equals(card.getCode()) ->
                    new PaymentProviderException("payment.authentication-required");
            case CardException card -> new PaymentProviderException("payment.declined");
            // Transient: nothing moved, or Stripe will answer the same key with what did. Retried later.
            case RateLimitException rateLimit -> new PaymentProviderUnavailableException();
            case ApiConnectionException connection -> new PaymentProviderUnavailableException();
            case ApiException api -> new PaymentProviderUnavailableException();
            // The key was sent before with other parameters: retrying cannot help, someone must look.
            case IdempotencyException conflict -> new PaymentProviderException("payment.provider.conflict");
            default -> new IllegalStateException("Stripe refused " + what + ": " + e.getMessage(), e);
        };
    }
}
