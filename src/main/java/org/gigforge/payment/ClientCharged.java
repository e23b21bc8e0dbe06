package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * The provider confirmed a charge of the client and it is posted to the ledger. Published inside the posting
 * transaction, once per charge (a replayed command publishes nothing). The client's profile reads it as
 * "payment verified": they have shown they can and do pay.
 */
public record ClientCharged(UserId client, Money paid) {}
