package org.gigforge.job;

/** A freelancer's saved job search. */
public record SavedSearchId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
