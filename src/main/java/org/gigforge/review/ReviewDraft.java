package org.gigforge.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One party's review of the other: an overall rating and one per aspect (1 to 5 stars), a public
 * text (may be empty) and private feedback that only the platform reads.
 */
public record ReviewDraft(
        @Min(value = 1, message = "{review.rating.range}") @Max(value = 5, message = "{review.rating.range}") int overall,
        @Min(value = 1, message = "{review.rating.range}") @Max(value = 5, message = "{review.rating.range}") int communication,
        @Min(value = 1, message = "{review.rating.range}") @Max(value = 5, message = "{review.rating.range}") int quality,
        @Min(value = 1, message = "{review.rating.range}") @Max(value = 5, message = "{review.rating.range}") int timeliness,
        @Size(max = 2_000, message = "{review.text.too-long}") String publicText,
        @Size(max = 2_000, message = "{review.text.too-long}") String privateFeedback) {

    public ReviewDraft {
        publicText = publicText == null ? "" : publicText.strip();
        privateFeedback = privateFeedback == null ? "" : privateFeedback.strip();
    }
}
