package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A subscription at the provider as one of its events shows it: published once per event, inside the transaction
 * that records the event, so whatever the listener changes commits (or rolls back) with it. Events come in any
 * order; {@code stateAt} says when this state was true, so listeners can refuse to go backwards.
 *
 * @param reference the provider's subscription id
 * @param priceId the provider's price of its first item
 * @param planCode the plan the subscription was started for (kept on it at checkout), if any
 * @param status the provider's own word ({@code active}, {@code past_due}, {@code canceled}, …)
 */
public record ProviderSubscriptionChanged(
        String reference,
        UserId member,
        @Nullable String priceId,
        @Nullable String planCode,
        String status,
        Instant currentPeriodEnd,
        boolean cancelAtPeriodEnd,
        Instant stateAt) {}
