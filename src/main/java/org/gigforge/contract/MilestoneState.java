package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * A fixed-price milestone: funded before work starts (money into protection), submitted by the
 * freelancer, then released on approval, or sent back with a change request. Unfunded ones can be
 * removed; funded ones are refunded only by agreement or dispute. An admin's dispute decision may also release
 * funded work that was never submitted, or split the money ({@link #SPLIT}: part to the freelancer, the rest back).
 */
public enum MilestoneState {
    UNFUNDED,
    /**
     * The client is paying on the payment provider's page (Stripe Checkout): funded once the provider confirms,
     * unfunded again if the payment fails or the page expires.
     */
    PAYMENT_PENDING,
    FUNDED,
    SUBMITTED,
    RELEASED,
    REFUNDED,
    REMOVED,
    /** Settled by a dispute decision: part of the money went to the freelancer, the rest back to the client. */
    SPLIT;

    public Set<MilestoneState> next() {
        return switch (this) {
            case UNFUNDED -> EnumSet.of(PAYMENT_PENDING, FUNDED, REMOVED);
            case PAYMENT_PENDING -> EnumSet.of(FUNDED, UNFUNDED);
            case FUNDED -> EnumSet.of(SUBMITTED, REFUNDED, RELEASED, SPLIT);
            case SUBMITTED -> EnumSet.of(RELEASED, FUNDED, REFUNDED, SPLIT);
            case RELEASED, REFUNDED, REMOVED, SPLIT -> EnumSet.noneOf(MilestoneState.class);
        };
    }

    public boolean canMoveTo(MilestoneState target) {
        return next().contains(target);
    }
}
