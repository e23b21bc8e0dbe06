package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/** A contract runs until it is completed or cancelled; either may pause it for a while. */
public enum ContractState {
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED;

    public Set<ContractState> next() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, CANCELLED);
            case PAUSED -> EnumSet.of(ACTIVE, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(ContractState.class);
        };
    }

    public boolean canMoveTo(ContractState target) {
        return next().contains(target);
    }

    public boolean ended() {
        return this == COMPLETED || this == CANCELLED;
    }
}
