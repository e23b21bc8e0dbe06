package org.gigforge.payment;

/** What a ledger transaction did, in the marketplace's words. */
public enum PaymentKind {
    /** The client paid a price (plus the client fee) into a contract's escrow. */
    FUND,
    /** Escrowed money went to the freelancer's balance, less the freelancer fee. */
    RELEASE,
    /** Escrowed money went back to the client, with the client fee charged on it. */
    REFUND,
    /** The freelancer's balance was paid out to their bank through the provider (their payout schedule). */
    PAYOUT,
    /** The provider reported a payout failed: the money is in the freelancer's balance again. */
    REVERSAL
}
