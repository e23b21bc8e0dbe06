package org.gigforge.payment;

import java.net.URI;
import org.gigforge.account.UserId;

/**
 * A provider's recurring billing of plans, where members pay on the provider's own pages: Stripe Checkout in
 * subscription mode to subscribe, Stripe's customer portal to change the card, see invoices or cancel. Only a real
 * provider offers it; without one the subscriptions module runs plans in demo mode itself. What the provider then
 * does (subscriptions started, renewed, ended, invoices paid or not) comes back as
 * {@link ProviderSubscriptionChanged} and {@link ProviderSubscriptionInvoice}, in the transaction that records the
 * provider's event.
 */
public interface SubscriptionPayments {

    /**
     * A payment page where the member subscribes to the provider's price; the same key gets the same page.
     *
     * @param planCode kept on the provider's subscription, so its events name our plan
     */
    URI checkout(IdempotencyKey key, UserId member, String priceId, String planCode, ReturnPages pages);

    /** A page where the member manages their subscriptions with the provider, returning to the given path. */
    URI portal(IdempotencyKey key, UserId member, String returnPath);
}
