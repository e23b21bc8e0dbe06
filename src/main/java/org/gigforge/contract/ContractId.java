package org.gigforge.contract;

public record ContractId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
