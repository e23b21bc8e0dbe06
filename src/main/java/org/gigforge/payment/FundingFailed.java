package org.gigforge.payment;

import org.gigforge.account.UserId;

/**
 * The provider could not charge the client for a funding (declined, authentication needed, page expired): nothing
 * was posted. The client may try again; the key stays free for that.
 */
public record FundingFailed(IdempotencyKey key, String contractRef, UserId client, String reason) {}
