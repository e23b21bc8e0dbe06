package org.gigforge.contract;

import java.util.EnumSet;
import java.util.Set;

/** An offer waits for the freelancer's answer; the client may take it back until then. */
public enum OfferState {
    SENT,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    public Set<OfferState> next() {
        return switch (this) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED, DECLINED, WITHDRAWN -> EnumSet.noneOf(OfferState.class);
        };
    }

    public boolean canMoveTo(OfferState target) {
        return next().contains(target);
    }
}
