package org.gigforge.payment;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The references the ledger keys escrows by. A contract's is {@code contract-<id>}; other escrows (tests, imports)
 * may use any reference of the accepted form. Views show a contract's as its number, linked to its page.
 */
public final class ContractRefs {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern CONTRACT = Pattern.compile("contract-(\\d{1,18})");

    private ContractRefs() {}

    /** The escrow reference of a contract. */
    public static String ofContract(long contractId) {
        return "contract-" + contractId;
    }

    /** The contract whose escrow the reference names; empty for any other reference. */
    public static OptionalLong contractId(String contractRef) {
        var match = CONTRACT.matcher(contractRef);
        return match.matches() ? OptionalLong.of(Long.parseLong(match.group(1))) : OptionalLong.empty();
    }

    /** "#42" for contract 42's escrow, else the reference as it is: what people read in grids. */
    public static String label(String contractRef) {
        var id = contractId(contractRef);
        return id.isPresent() ? "#" + id.getAsLong() : contractRef;
    }

    /** The page of the contract whose escrow the reference names, e.g. {@code contracts/42}. */
    public static Optional<String> page(String contractRef) {
        var id = contractId(contractRef);
        return id.isPresent() ? Optional.of("contracts/" + id.getAsLong()) : Optional.empty();
    }

    static String check(String contractRef) {
        if (!FORM.matcher(contractRef).matches()) {
            throw new IllegalArgumentException("A contract reference has 1 to 80 lower-case letters, digits and ._- : "
                    + contractRef);
        }
        return contractRef;
    }
}
