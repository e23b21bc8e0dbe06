package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * One ledger entry as people read it: which account it touched (kind and owner reference), the signed amount
 * (+ arrived, − left), and the transaction it belongs to.
 */
public record LedgerLine(long entryId, LedgerTransactionId transaction, PaymentKind kind, LedgerAccountKind account,
        String accountOwner, @Nullable String contractRef, Money amount, String memo, Instant postedAt) {}
