package org.gigforge.job;

import java.util.EnumSet;
import java.util.Set;

/** A job's life cycle: written as a draft, open for proposals, then closed. Allowed moves live here only. */
public enum JobState {
    DRAFT,
    OPEN,
    CLOSED;

    public Set<JobState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CLOSED);
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(JobState.class);
        };
    }

    public boolean canMoveTo(JobState target) {
        return next().contains(target);
    }
}
