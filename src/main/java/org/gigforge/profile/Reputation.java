package org.gigforge.profile;

import java.time.Instant;
import java.util.List;

/**
 * What a public profile shows of a member's reviews: how many are published, their average overall
 * rating with the averages per aspect it is made of, and the latest few. Supplied by whichever module keeps reviews, through {@link ReputationSource}.
 */
public record Reputation(long count, double averageOverall, double averageCommunication, double averageQuality,
        double averageTimeliness, List<PublicReview> latest) {

    /** One published review as anyone may read it. */
    public record PublicReview(String authorName, int overall, String text, Instant publishedAt) {}
}
