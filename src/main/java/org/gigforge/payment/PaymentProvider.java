package org.gigforge.payment;

import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * Moves real (or demo) money in and out of the platform. The ledger calls it before it posts anything, and
 * posts only what the provider confirmed; every call carries the command's idempotency key, which the
 * provider must honour (a repeated key returns the first answer and moves nothing new), so a command that
 * failed after the provider answered can be retried safely. Providers never decide ledger rules.
 *
 * <p>A charge is either confirmed at once (the demo provider; a saved card charged while the client is away) or
 * pending: the client pays on the provider's own page and the provider confirms later, by webhook, which then
 * posts the same ledger transaction under the same key.
 *
 * @see PaymentProviderException for a refusal
 */
public interface PaymentProvider {

    /** A short, stable name, kept with every posting ({@code demo}, {@code stripe}). */
    String name();

    /** True when no real money moves; views then say so. */
    boolean demo();

    /** Charges the client, or starts a payment they complete on the provider's page. */
    ChargeOutcome charge(ChargeRequest request);

    /** Returns money to the client from the given earlier charges; returns the refund's reference. */
    String refund(IdempotencyKey key, UserId client, Money amount, List<String> chargeReferences);

    /**
     * How much of the freelancer's available balance (the ledger's) the provider can pay out to their bank now:
     * all of it with the demo provider; with Stripe only what has reached their connected account, and nothing
     * before their onboarding is complete.
     */
    Payable payable(UserId freelancer, Money available);

    /**
     * Pays the amount out to the freelancer's bank (for Stripe a payout of their connected account); at most what
     * {@link #payable} answered. A repeated key answers the first payout and pays nothing new.
     */
    PayoutOutcome payout(IdempotencyKey key, UserId freelancer, Money amount);
}
