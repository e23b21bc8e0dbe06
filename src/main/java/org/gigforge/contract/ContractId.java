package org.gigforge.contract;

import java.util.Optional;
import org.gigforge.payment.ContractRefs;

public record ContractId(long value) {

    /** The contract's escrow account in the ledger, e.g. {@code contract-42}. */
    public String escrowRef() {
        return ContractRefs.ofContract(value);
    }

    /** The contract whose escrow the ledger reference names; empty for any other reference. */
    public static Optional<ContractId> ofEscrow(String escrowRef) {
        var id = ContractRefs.contractId(escrowRef);
        return id.isPresent() ? Optional.of(new ContractId(id.getAsLong())) : Optional.empty();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
