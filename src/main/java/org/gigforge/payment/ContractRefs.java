package org.gigforge.payment;

import java.util.regex.Pattern;

/** The form of a contract reference the ledger accepts; it keys the contract's escrow. */
final class ContractRefs {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    private ContractRefs() {}

    static String check(String contractRef) {
        if (!FORM.matcher(contractRef).matches()) {
            throw new IllegalArgumentException("A contract reference has 1 to 80 lower-case letters, digits and ._- : "
                    + contractRef);
        }
        return contractRef;
    }
}
