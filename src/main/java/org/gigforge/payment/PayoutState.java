package org.gigforge.payment;

/** Where a payout is: on its way to the bank, arrived, or failed (its money is back in the balance). */
public enum PayoutState {
    IN_TRANSIT,
    PAID,
    FAILED
}
