package org.gigforge.contract;

public record TimeEntryId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
