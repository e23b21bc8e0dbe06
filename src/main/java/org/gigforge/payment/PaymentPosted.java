package org.gigforge.payment;

import org.gigforge.account.UserId;

/**
 * A money command posted a new ledger transaction (fund, release, refund, or a plan's month). Published inside the
 * posting transaction, once per transaction (a replayed command publishes nothing), with the contract's two parties
 * (for a plan's month, the paying member as both), so listeners can book what they derive from it (invoices,
 * receipts) atomically with the ledger.
 */
public record PaymentPosted(Posting posting, UserId client, UserId freelancer) {}
