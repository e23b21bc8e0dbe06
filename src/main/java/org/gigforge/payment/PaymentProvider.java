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
 * @see PaymentProviderException for a refusal
 */
public interface PaymentProvider {

    /** A short, stable name, kept with every posting ({@code demo}, {@code stripe}). */
    String name();

    /** True when no real money moves; views then say so. */
    boolean demo();

    /** Charges the client; returns the provider's reference of the charge. */
    String charge(IdempotencyKey key, UserId client, Money amount, String description);

    /** Returns money to the client from the given earlier charges; returns the refund's reference. */
    String refund(IdempotencyKey key, UserId client, Money amount, List<String> chargeReferences);

    /** Pays a freelancer's available balance out to them; returns the payout's reference. */
    String payout(IdempotencyKey key, UserId freelancer, Money amount);
}
