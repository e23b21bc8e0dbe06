package org.gigforge.payment;

/**
 * The provider could not be reached or asked us to slow down (a timeout, a rate limit, its own outage): nothing
 * was posted, and the same command with the same key may simply be tried again later; background jobs let
 * JobRunr retry them with back-off.
 */
public class PaymentProviderUnavailableException extends PaymentProviderException {

    public PaymentProviderUnavailableException() {
        super("payment.provider.unavailable");
    }
}
