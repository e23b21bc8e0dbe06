package org.gigforge.contract;

import org.gigforge.account.UserId;

/** A contract was completed or cancelled; reviews open. */
public record ContractEnded(ContractId contract, ContractState outcome, UserId client, UserId freelancer) {}
