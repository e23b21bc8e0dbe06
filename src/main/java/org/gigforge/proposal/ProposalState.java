package org.gigforge.proposal;

import java.util.EnumSet;
import java.util.Set;

/** A proposal's life cycle; every allowed move is listed here and nowhere else. */
public enum ProposalState {
    SUBMITTED,
    VIEWED,
    SHORTLISTED,
    DECLINED,
    WITHDRAWN,
    HIRED;

    public Set<ProposalState> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VIEWED, SHORTLISTED, DECLINED, WITHDRAWN, HIRED);
            case VIEWED -> EnumSet.of(SHORTLISTED, DECLINED, WITHDRAWN, HIRED);
            case SHORTLISTED -> EnumSet.of(DECLINED, WITHDRAWN, HIRED);
            case DECLINED, WITHDRAWN, HIRED -> EnumSet.noneOf(ProposalState.class);
        };
    }

    public boolean canMoveTo(ProposalState target) {
        return next().contains(target);
    }

    /** Still waiting for the client's decision, so an offer may answer it. */
    public boolean isOpen() {
        return canMoveTo(HIRED);
    }
}
