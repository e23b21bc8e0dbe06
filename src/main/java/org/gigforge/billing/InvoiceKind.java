package org.gigforge.billing;

/** What a document is, and the series its number comes from. */
public enum InvoiceKind {
    /** What a client paid into a contract's escrow: the price plus the client fee. */
    RECEIPT("GF-R"),
    /** Gigforge's invoice to the client for the client service fee. */
    CLIENT_FEE("GF-F"),
    /** Gigforge's invoice to the freelancer for the freelancer fee kept on release. */
    FREELANCER_FEE("GF-F"),
    /** A refund: the price and the client fee given back, referencing the receipt it corrects. */
    CREDIT_NOTE("GF-C"),
    /** Gigforge's invoice to a member for a month of their plan (a service of its own, like the fees). */
    SUBSCRIPTION("GF-F");

    private final String series;

    InvoiceKind(String series) {
        this.series = series;
    }

    /** The number's prefix; kinds sharing a series share one sequence. */
    public String series() {
        return series;
    }
}
