package org.gigforge.contract;

public record MilestoneId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
