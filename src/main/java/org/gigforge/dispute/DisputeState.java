package org.gigforge.dispute;

import java.util.EnumSet;
import java.util.Set;

/**
 * A dispute, in one place: opened, it awaits the other side's answer; answered, or once the answer's deadline has
 * passed, it awaits an admin's decision; decided or withdrawn, it is closed for good. The opener may withdraw it
 * while it is open. Entities change state only through {@code moveTo}, which refuses any other step.
 */
public enum DisputeState {
    AWAITING_RESPONSE,
    AWAITING_DECISION,
    DECIDED,
    WITHDRAWN;

    public Set<DisputeState> next() {
        return switch (this) {
            case AWAITING_RESPONSE -> EnumSet.of(AWAITING_DECISION, WITHDRAWN);
            case AWAITING_DECISION -> EnumSet.of(DECIDED, WITHDRAWN);
            case DECIDED, WITHDRAWN -> EnumSet.noneOf(DisputeState.class);
        };
    }

    public boolean canMoveTo(DisputeState target) {
        return next().contains(target);
    }

    /** Open: the money is frozen. */
    public boolean open() {
        return this == AWAITING_RESPONSE || this == AWAITING_DECISION;
    }
}
