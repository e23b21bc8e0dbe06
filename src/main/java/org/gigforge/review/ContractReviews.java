package org.gigforge.review;

import java.time.Instant;
import java.util.List;
import org.gigforge.contract.ContractId;
import org.jspecify.annotations.Nullable;

/**
 * The reviews of one contract that the asking member may see, whether they may still write theirs,
 * and when the review window closes (empty while the contract runs).
 */
public record ContractReviews(ContractId contract, List<Review> reviews, boolean canSubmit,
        @Nullable Instant windowClosesAt) {}
