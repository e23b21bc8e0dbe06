package org.gigforge.contract;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * A week of an hourly contract was billed, but the client's saved card could not be charged off-session (the
 * message key says why: declined, authentication required, no saved card). The week stays billed and unpaid.
 */
public record WeekPaymentFailed(ContractId contract, BilledWeekId week, UserId client, UserId freelancer, Money amount,
        String reason) {}
