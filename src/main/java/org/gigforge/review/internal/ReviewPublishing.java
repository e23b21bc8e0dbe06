package org.gigforge.review.internal;

import java.time.Clock;
import org.gigforge.review.ReviewService;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes sealed reviews whose window has closed, so a party who never writes theirs cannot keep
 * the other's review hidden. Hourly; JobRunr runs a recurring job once across nodes.
 */
@Component
public class ReviewPublishing {

    private static final Logger log = LoggerFactory.getLogger(ReviewPublishing.class);

    private final ReviewService reviews;
    private final Clock clock;

    public ReviewPublishing(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Recurring(id = "publish-closed-reviews", cron = "23 * * * *", zoneId = "UTC")
    @Job(name = "Publish reviews whose window has closed")
    public int run() {
        int published = reviews.publishWindowClosed(clock.instant());
        if (published > 0) {
            log.info("Published {} review(s) whose window closed", published);
        }
        return published;
    }
}
