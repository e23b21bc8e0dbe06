package org.gigforge.review.internal;

/** Count and averages of one member's published reviews, straight from the database. */
public record ReviewStats(long count, double overall, double communication, double quality, double timeliness) {}
