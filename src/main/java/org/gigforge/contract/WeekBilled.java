package org.gigforge.contract;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/** A week of an hourly contract was billed: the client was charged and the money is in review. */
public record WeekBilled(ContractId contract, BilledWeekId week, UserId client, UserId freelancer, Money amount) {}
