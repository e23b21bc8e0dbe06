package org.gigforge.dispute;

public record DisputeId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
