package org.gigforge.review;

import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.jspecify.annotations.Nullable;

/**
 * A review as a party of its contract (or an admin) sees it. The private feedback is filled in only
 * for its author and admins; {@code publishedAt} is empty while the review is still sealed.
 */
public record Review(
        ReviewId id,
        ContractId contract,
        UserId author,
        String authorName,
        UserId subject,
        int overall,
        int communication,
        int quality,
        int timeliness,
        String publicText,
        @Nullable String privateFeedback,
        Instant submittedAt,
        @Nullable Instant publishedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
