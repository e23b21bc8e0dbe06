package org.gigforge.billing;

/** An issued document's id. */
public record InvoiceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
