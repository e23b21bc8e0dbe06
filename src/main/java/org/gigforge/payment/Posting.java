package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a money command: the ledger transaction it posted, or, when the key was used before, the one
 * posted then. {@code fee} is the client fee charged (fund) or returned (refund), or the freelancer fee kept
 * (release); {@code providerReference} is the provider's id for the charge or refund; {@code memo} says what was
 * paid for, in the ledger's words.
 */
public record Posting(LedgerTransactionId id, IdempotencyKey key, PaymentKind kind, String contractRef, Money price,
        Money fee, @Nullable String providerReference, Instant postedAt, String memo) {}
