package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * A funding that waited for the client to pay on the provider's page is confirmed and posted to the ledger under
 * its key. Published in the posting transaction, once.
 */
public record FundingConfirmed(IdempotencyKey key, String contractRef, UserId client, Money price) {}
