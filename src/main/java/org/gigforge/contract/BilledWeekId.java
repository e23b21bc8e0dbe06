package org.gigforge.contract;

public record BilledWeekId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
