package org.gigforge.billing;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * An issued document with the seller's and buyer's details as they were when it was issued. Totals are the sums
 * of the lines; {@code credits} is the number of the receipt a credit note corrects.
 */
public record Invoice(InvoiceId id, String number, InvoiceKind kind, Instant issuedAt, String contractRef,
        @Nullable String credits, UserId buyer, BillingDetails buyerDetails, BillingDetails seller, List<InvoiceLine> lines,
        Money net, Money tax, Money total, boolean reverseCharge) {}
