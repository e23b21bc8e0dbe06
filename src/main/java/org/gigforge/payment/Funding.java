package org.gigforge.payment;

import java.net.URI;

/** What funding answered: posted to the ledger now, or waiting for the client to pay on the provider's page. */
public sealed interface Funding {

    record Funded(Posting posting) implements Funding {}

    /** Send the client to {@code payAt}; {@link FundingConfirmed} or {@link FundingFailed} follows. */
    record AwaitingPayment(IdempotencyKey key, URI payAt) implements Funding {}
}
