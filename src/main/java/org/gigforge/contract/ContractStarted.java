package org.gigforge.contract;

import org.gigforge.account.UserId;

/** An offer was accepted and the contract runs. */
public record ContractStarted(ContractId contract, UserId client, UserId freelancer) {}
