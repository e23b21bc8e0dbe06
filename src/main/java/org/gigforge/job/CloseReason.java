package org.gigforge.job;

/** Why a job stopped taking proposals. */
public enum CloseReason {
    /** The client hired who they needed. */
    FILLED,
    /** The client no longer needs the work. */
    CANCELLED,
    /** An admin removed it, with a written note. */
    TAKEN_DOWN
}
