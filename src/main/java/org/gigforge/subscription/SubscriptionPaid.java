package org.gigforge.subscription;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * A subscription's month was paid (in demo mode: would have been). {@code planCode} is null when the provider's
 * invoice came before the subscription itself was known.
 */
public record SubscriptionPaid(UserId member, @Nullable String planCode, Money amount, String reference) {}
