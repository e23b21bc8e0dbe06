package org.gigforge.contract;

import org.gigforge.account.UserId;

/** The client disputed a billed week within its review window: its money is frozen until an admin mediates. */
public record WeekDisputed(ContractId contract, BilledWeekId week, UserId freelancer) {}
