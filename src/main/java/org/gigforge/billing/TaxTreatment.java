package org.gigforge.billing;

/**
 * How Gigforge's fee is taxed for one buyer: the tax's name, its rate in basis points, and whether the buyer
 * accounts for it themselves (EU reverse charge, rate 0).
 */
public record TaxTreatment(String label, int basisPoints, boolean reverseCharge) {

    /** No tax on the line at all: money collected for the freelancer, not Gigforge's supply. */
    public static final TaxTreatment NONE = new TaxTreatment("", 0, false);
}
