package org.gigforge.payment;

import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * How much of a freelancer's available balance the provider can pay out now, and, when that is less than the
 * balance, a message key saying what the rest waits for (e.g. payout onboarding).
 */
public record Payable(Money now, @Nullable String waitingReason) {}
