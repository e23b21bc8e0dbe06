package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * The client's bank decided a card chargeback for the client: the provider gave them the disputed amount back from the
 * platform's balance. Posted to the ledger (a {@link PaymentKind#CHARGEBACK}); {@code fromEscrow} is what the contract's
 * escrow gave of it, the platform bore the rest. The contract stays frozen until an admin settles it.
 */
public record ChargebackLost(String contractRef, UserId client, Money amount, Money fromEscrow) {}
