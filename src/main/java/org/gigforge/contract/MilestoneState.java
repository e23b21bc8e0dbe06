package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * A fixed-price milestone: funded before work starts (money into protection), submitted by the
 * freelancer, then released on approval, or sent back with a change request. Unfunded ones can be
 * removed; funded ones are refunded only by agreement or dispute.
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
    REMOVED;

    public Set<MilestoneState> next() {
        return switch (this) {
            case UNFUNDED -> EnumSet.of(PAYMENT_PENDING, FUNDED, REMOVED);
            case PAYMENT_PENDING -> EnumSet.of(FUNDED, UNFUNDED);
            case FUNDED -> EnumSet.of(SUBMITTED, REFUNDED);
            case SUBMITTED -> EnumSet.of(RELEASED, FUNDED, REFUNDED);
            case RELEASED, REFUNDED, REMOVED -> EnumSet.noneOf(MilestoneState.class);
        };
    }

    public boolean canMoveTo(MilestoneState target) {
        return next().contains(target);
    }
}
