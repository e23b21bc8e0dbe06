/**
 * Billing: members' billing details, and the documents issued from the ledger's postings (receipts for what
 * clients pay, invoices for Gigforge's service fees with tax by the buyer's country, credit notes for refunds),
 * numbered without gaps per series and year, and rendered as PDF for their buyer and admins.
 */
@NullMarked
@ApplicationModule(displayName = "Billing")
package org.gigforge.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
