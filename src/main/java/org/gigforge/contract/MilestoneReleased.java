package org.gigforge.contract;

import org.gigforge.account.UserId;

/** A milestone's money went to the freelancer, on approval or automatically after the review period. */
public record MilestoneReleased(ContractId contract, MilestoneId milestone, UserId freelancer, boolean automatically) {}
