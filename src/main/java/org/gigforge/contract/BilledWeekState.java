package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * A billed week of an hourly contract. Billing charges the client and puts the money into protection: the
 * week is in review. When the review window passes it is released to the freelancer, unless a party disputed it
 * within the window: then its money stays frozen until an admin decides the dispute (released, refunded or
 * split), or the dispute is withdrawn and the week is back in review (released at the end of its window, or at
 * the billing job's next run if the window has passed). See decision 25.
 */
public enum BilledWeekState {
    IN_REVIEW,
    RELEASED,
    DISPUTED,
    /**
     * Billed, but the client's saved card could not be charged while they were away (declined, or their bank wants
     * them present): nothing went into escrow, so nothing is released. The client is told ({@link WeekPaymentFailed})
     * and may pay it on the contract page; once paid, it is in review with a full window from then.
     */
    UNPAID,
    /** A dispute decision gave the money back to the client. */
    REFUNDED,
    /** A dispute decision split the money: part to the freelancer, the rest back to the client. */
    SPLIT;

    public Set<BilledWeekState> next() {
        return switch (this) {
            case IN_REVIEW -> EnumSet.of(RELEASED, DISPUTED, UNPAID);
            case DISPUTED -> EnumSet.of(IN_REVIEW, RELEASED, REFUNDED, SPLIT);
            case UNPAID -> EnumSet.of(IN_REVIEW);
            case RELEASED, REFUNDED, SPLIT -> EnumSet.noneOf(BilledWeekState.class);
        };
    }

    public boolean canMoveTo(BilledWeekState target) {
        return next().contains(target);
    }
}
