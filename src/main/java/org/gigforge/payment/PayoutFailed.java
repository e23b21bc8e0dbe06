package org.gigforge.payment;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/** The provider could not pay a freelancer's money out to their bank; they should check their payout details. */
public record PayoutFailed(UserId freelancer, Money amount, String reason) {}
