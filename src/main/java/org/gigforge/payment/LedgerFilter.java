package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Which ledger entries an admin looks at; every part is optional. {@code user} matches entries on the member's
 * funding and balance accounts and on escrows where they are a party; {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record LedgerFilter(@Nullable UserId user, @Nullable String contractRef, @Nullable Instant from,
        @Nullable Instant to) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null);
    }
}
