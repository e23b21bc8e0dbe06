package org.gigforge.contract;

import org.gigforge.account.UserId;
import org.gigforge.platform.Money;

/**
 * The milestone or billed week a dispute is about, as the disputes module needs it: its contract and parties,
 * a title ("Logo drafts", "Week 2030-W06") and the money in protection.
 */
public record DisputedWork(WorkRef ref, ContractId contract, String contractTitle, UserId client, UserId freelancer,
        String title, Money amount) {

    public boolean isParty(UserId user) {
        return client.equals(user) || freelancer.equals(user);
    }
}
