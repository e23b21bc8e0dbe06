package org.gigforge.review.internal;

import org.gigforge.account.UserId;
import org.gigforge.profile.Reputation;
import org.gigforge.profile.ReputationSource;
import org.gigforge.review.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Hands published reviews to the public profile, which cannot depend on this module. */
@Component
class ProfileReputation implements ReputationSource {

    private final ReviewService reviews;

    ProfileReputation(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Reputation reputationOf(UserId member, int latest) {
        var summary = reviews.reputation(member);
        var shown = reviews.publishedAbout(member, PageRequest.of(0, Math.max(latest, 1))).stream()
                .map(r -> new Reputation.PublicReview(r.authorName(), r.overall(), r.text(), r.publishedAt()))
                .toList();
        return new Reputation(summary.count(), summary.averageOverall(), summary.averageCommunication(),
                summary.averageQuality(), summary.averageTimeliness(), shown);
    }
}
