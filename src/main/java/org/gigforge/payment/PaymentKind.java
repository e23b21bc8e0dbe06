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
    REVERSAL,
    /**
     * A card chargeback the platform lost: the client has the disputed amount back through their bank. The escrow
     * gives what it holds of it, the platform's revenue the rest and the provider's dispute fee.
     */
    CHARGEBACK,
    /** A member paid a month of a plan: their subscriber account gives it, the platform's revenue receives it. */
    SUBSCRIPTION
}
