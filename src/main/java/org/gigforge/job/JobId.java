package org.gigforge.job;

/** Identifies a job post. */
public record JobId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
