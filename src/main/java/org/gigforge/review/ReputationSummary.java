package org.gigforge.review;

/**
 * A member's reputation: plain averages of the ratings in their published reviews, and how many
 * there are. Averages are 0 when {@code count} is 0.
 */
public record ReputationSummary(long count, double averageOverall, double averageCommunication,
        double averageQuality, double averageTimeliness) {}
