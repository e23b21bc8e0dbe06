package org.gigforge.payment;

/** What a ledger transaction did, in the marketplace's words. */
public enum PaymentKind {
    /** The client paid a price (plus the client fee) into a contract's escrow. */
    FUND,
    /** Escrowed money went to the freelancer's balance, less the freelancer fee. */
    RELEASE,
    /** Escrowed money went back to the client, with the client fee charged on it. */
    REFUND,
    /** Released money left the freelancer's balance for their account at the provider. */
    PAYOUT,
    /** The provider took a payout back (a reversed transfer): the money is in the freelancer's balance again. */
    REVERSAL
}
