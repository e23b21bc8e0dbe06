package org.gigforge.subscription;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * The provider could not collect a subscription's month; it retries on its own schedule, and the plan stays until
 * the paid period ends. The member should update their card in the provider's portal.
 */
public record SubscriptionPaymentFailed(UserId member, @Nullable String planCode, Money amount, String reference) {}
