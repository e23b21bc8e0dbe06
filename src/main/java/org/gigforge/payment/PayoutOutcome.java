package org.gigforge.payment;

/** The provider's answer to a payout it accepted: its reference and whether the money has already arrived. */
public record PayoutOutcome(String reference, PayoutState state) {

    public PayoutOutcome {
        if (state == PayoutState.FAILED) {
            throw new IllegalArgumentException("A refused payout is an exception, not an outcome");
        }
    }
}
