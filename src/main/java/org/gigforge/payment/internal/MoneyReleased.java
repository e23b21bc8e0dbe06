package org.gigforge.payment.internal;

import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.platform.Money;

/**
 * Within the payments module: a release posted money to the freelancer's balance, which a real provider then
 * transfers on to them. Published in the release's transaction, once.
 */
public record MoneyReleased(IdempotencyKey key, String contractRef, UserId freelancer, Money amount) {}
