package org.gigforge.payment;

import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * A freelancer's balance in one currency as payouts see it: what is available, how much of it can go out now
 * (with what the rest waits for), and the minimum a payout on request needs.
 */
public record PayoutBalance(Money available, Money payable, @Nullable String waitingReason, Money minimum) {

    /** Whether "Pay out now" may be asked for: at least the minimum can go out now. */
    public boolean requestable() {
        return payable.isPositive() && payable.compareTo(minimum) >= 0;
    }
}
