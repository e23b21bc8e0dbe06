package org.gigforge.job;

/** A job's life cycle: written as a draft, open for proposals, then closed. */
public enum JobState {
    DRAFT,
    OPEN,
    CLOSED
}
