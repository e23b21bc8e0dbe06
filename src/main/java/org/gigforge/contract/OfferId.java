package org.gigforge.contract;

public record OfferId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
