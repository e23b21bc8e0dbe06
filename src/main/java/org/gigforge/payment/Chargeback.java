package org.gigforge.payment;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * A card chargeback that froze a contract's money: while it is not lifted, nothing of the contract's escrow moves.
 * It is lifted by an admin (with a note, once the bank's case is settled) or when the bank decides for the platform.
 *
 * @param disputed what the client disputed, when the provider said
 * @param liftedBy the admin who lifted it; null while frozen or when the bank's decision lifted it
 */
public record Chargeback(String contractRef, String reason, @Nullable String providerReference,
        @Nullable Money disputed, Instant frozenAt, @Nullable Instant liftedAt, @Nullable UserId liftedBy,
        @Nullable String liftNote) {

    public boolean frozen() {
        return liftedAt == null;
    }
}
