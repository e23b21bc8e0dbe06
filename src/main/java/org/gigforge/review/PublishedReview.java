package org.gigforge.review;

import java.time.Instant;

/** A published review as anyone may read it: never the private feedback. */
public record PublishedReview(ReviewId id, String authorName, int overall, int communication, int quality,
        int timeliness, String text, Instant publishedAt) {}
