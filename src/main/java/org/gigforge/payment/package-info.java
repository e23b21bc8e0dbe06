/**
 * Money on the marketplace: the fee rules, the double-entry ledger (escrow, freelancer balances, platform
 * revenue), idempotent fund, release and refund commands, and the payment provider they go through.
 */
@NullMarked
@ApplicationModule(displayName = "Payments")
package org.gigforge.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
