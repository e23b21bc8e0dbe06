/** Money on the marketplace: the fee rules today; the ledger, providers, invoices and payouts with payments. */
@NullMarked
@ApplicationModule(displayName = "Payments")
package org.gigforge.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
