package org.gigforge.payment;

/** Identifies one balanced ledger transaction. */
public record LedgerTransactionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
