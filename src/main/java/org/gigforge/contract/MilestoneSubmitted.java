package org.gigforge.contract;

import org.gigforge.account.UserId;

/** The freelancer handed in a milestone; the client should review it. */
public record MilestoneSubmitted(ContractId contract, MilestoneId milestone, UserId client) {}
