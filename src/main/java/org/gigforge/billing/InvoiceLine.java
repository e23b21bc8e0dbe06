package org.gigforge.billing;

import org.gigforge.platform.Money;

/** One line of a document: net, the tax on it (label and rate; rate 0 and no label for untaxed lines), and total. */
public record InvoiceLine(String description, Money net, String taxLabel, int taxBasisPoints, Money tax, Money total) {}
