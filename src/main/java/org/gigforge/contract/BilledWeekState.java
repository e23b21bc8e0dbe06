package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * A billed week of an hourly contract. Billing charges the client and puts the money into protection: the
 * week is in review. When the review window passes it is released to the freelancer, unless the client
 * disputed it within the window: then its money stays frozen until an admin mediates (the dispute process
 * arrives with the payments issue and will add its outcomes here).
 */
public enum BilledWeekState {
    IN_REVIEW,
    RELEASED,
    DISPUTED,
    /**
     * Billed, but the client's saved card could not be charged while they were away (declined, or their bank wants
     * them present): nothing went into escrow, so nothing is released. The client is told ({@link WeekPaymentFailed}).
     */
    UNPAID;

    public Set<BilledWeekState> next() {
        return switch (this) {
            case IN_REVIEW -> EnumSet.of(RELEASED, DISPUTED, UNPAID);
            case RELEASED, DISPUTED, UNPAID -> EnumSet.noneOf(BilledWeekState.class);
        };
    }

    public boolean canMoveTo(BilledWeekState target) {
        return next().contains(target);
    }
}
