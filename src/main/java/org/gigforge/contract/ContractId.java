package org.gigforge.contract;

import java.util.Optional;
import java.util.regex.Pattern;

public record ContractId(long value) {

    private static final Pattern ESCROW = Pattern.compile("contract-(\\d+)");

    /** The contract's escrow account in the ledger, e.g. {@code contract-42}. */
    public String escrowRef() {
        return "contract-" + value;
    }

    /** The contract whose escrow the ledger reference names; empty for any other reference. */
    public static Optional<ContractId> ofEscrow(String escrowRef) {
        var match = ESCROW.matcher(escrowRef);
        return match.matches() ? Optional.of(new ContractId(Long.parseLong(match.group(1)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
