package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * One payout of a freelancer's balance to their bank, as they see it: when it was made, how much, where it is,
 * and the provider's reason when it failed.
 */
public record Payout(long id, Instant createdAt, Money amount, PayoutState state, @Nullable String failureReason,
        String provider) {}
