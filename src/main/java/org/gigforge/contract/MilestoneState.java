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
    FUNDED,
    SUBMITTED,
    RELEASED,
    REFUNDED,
    REMOVED;

    public Set<MilestoneState> next() {
        return switch (this) {
            case UNFUNDED -> EnumSet.of(FUNDED, REMOVED);
            case FUNDED -> EnumSet.of(SUBMITTED, REFUNDED);
            case SUBMITTED -> EnumSet.of(RELEASED, FUNDED, REFUNDED);
            case RELEASED, REFUNDED, REMOVED -> EnumSet.noneOf(MilestoneState.class);
        };
    }

    public boolean canMoveTo(MilestoneState target) {
        return next().contains(target);
    }
}
