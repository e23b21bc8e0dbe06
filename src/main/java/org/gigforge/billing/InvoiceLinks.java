package org.gigforge.billing;

/** Where a document's PDF is downloaded from; the endpoint checks that the reader is its buyer or an admin. */
public final class InvoiceLinks {

    private InvoiceLinks() {}

    public static String pdf(InvoiceId id) {
        return "/billing/invoices/" + id.value() + ".pdf";
    }
}
