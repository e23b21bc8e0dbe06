package org.gigforge.billing;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/** A row of the billing page: enough to find a document and download it. */
public record InvoiceSummary(InvoiceId id, String number, InvoiceKind kind, Instant issuedAt, String contractRef,
        UserId buyer, String buyerName, Money total) {}
