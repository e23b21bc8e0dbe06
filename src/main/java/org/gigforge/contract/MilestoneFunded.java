package org.gigforge.contract;

import org.gigforge.account.UserId;

/** The client put a milestone's money into protection; the freelancer can start. */
public record MilestoneFunded(ContractId contract, MilestoneId milestone, UserId freelancer) {}
