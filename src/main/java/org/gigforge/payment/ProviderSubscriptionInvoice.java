package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * The provider billed a subscription: the invoice was paid, or its payment failed (the provider retries by its own
 * schedule and then changes the subscription's status). Published once per provider event, in its transaction.
 *
 * @param subscription the provider's subscription id
 * @param invoice the provider's invoice id
 */
public record ProviderSubscriptionInvoice(UserId member, String subscription, String invoice, Money amount, boolean paid) {}
