package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * The client disputed a card payment with their bank (a chargeback): the contract's money is frozen (no release,
 * no refund) and admins should look at it before the provider's deadline. Published once per dispute.
 */
public record ChargeDisputed(String contractRef, UserId client, Money disputed, String providerReference,
        String reason) {}
