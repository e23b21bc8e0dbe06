package org.gigforge.payment;

import org.gigforge.platform.Money;

/** The sum of some entries on one kind of account, in one currency. */
public record LedgerTotal(LedgerAccountKind kind, Money total) {}
