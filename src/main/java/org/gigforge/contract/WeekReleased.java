package org.gigforge.contract;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/** A billed week's review window passed without a dispute: its money went to the freelancer. */
public record WeekReleased(ContractId contract, BilledWeekId week, UserId freelancer, Money amount) {}
