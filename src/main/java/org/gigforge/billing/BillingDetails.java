package org.gigforge.billing;

import org.jspecify.annotations.Nullable;

/**
 * Who a member is on their invoices: legal name, postal address, country (ISO alpha-2) and, for businesses, a
 * tax id. Issued documents keep a copy, so later edits never change them.
 */
public record BillingDetails(String legalName, String address, String country, @Nullable String taxId) {}
