package org.gigforge.payment;

/**
 * The kinds of ledger accounts. Each entry is signed from its account's point of view: + money arrives,
 * − money leaves; a balance is the sum of the account's entries.
 */
public enum LedgerAccountKind {
    /**
     * Per client and currency: where a client's money enters the platform (a charge through the provider) and
     * where it goes back (a refund). Its balance is minus what the client has paid in, net of refunds, so the
     * whole ledger always sums to zero.
     */
    CLIENT_FUNDING,
    /** Per contract: money held until it is released to the freelancer or refunded. Never negative. */
    CONTRACT_ESCROW,
    /**
     * Per freelancer and currency: released earnings not yet paid out to their bank ("available"). With Stripe part
     * of it may already sit in their connected account; it leaves this account only when paid out.
     */
    FREELANCER_BALANCE,
    /** One per currency: the fees the platform earned. */
    PLATFORM_REVENUE,
    /**
     * One per provider and currency: money the provider paid out to freelancers' banks, in transit or arrived (the
     * payout's own state tells which); a failed payout comes back out of it. Charges and refunds are posted only
     * once the provider has confirmed them, so they do not pass through it.
     */
    PROVIDER_CLEARING,
    /**
     * One per provider and currency: what the provider kept of the charges as its own fee (for Stripe, the fee of
     * the charge's balance transaction). The platform bears it, so it comes out of the platform's revenue.
     */
    PROVIDER_FEES,
    /**
     * Per member and currency: what they paid for plans (subscriptions), which goes to the platform's revenue. Apart
     * from {@link #CLIENT_FUNDING}, so paying for a plan never counts as a client's verified payment.
     */
    SUBSCRIBER
}
