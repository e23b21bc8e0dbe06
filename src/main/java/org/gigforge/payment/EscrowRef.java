package org.gigforge.payment;

import java.util.Objects;
import org.gigforge.account.UserId;

/**
 * A contract as the ledger knows it: its reference (e.g. {@code contract-42}) and its two parties. The escrow
 * remembers the parties on first funding, so they, and nobody else but admins, can read its money.
 */
public record EscrowRef(String contractRef, UserId client, UserId freelancer) {

    public EscrowRef {
        ContractRefs.check(contractRef);
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(freelancer, "freelancer");
        if (client.equals(freelancer)) {
            throw new IllegalArgumentException("A contract has two different parties: " + contractRef);
        }
    }
}
