package org.gigforge.subscription;

import java.time.Instant;

/**
 * One of the member's subscriptions, as shown on the plans page.
 *
 * @param id our id, which cancel and resume take
 * @param demo true when it runs with the demo provider: no money moves
 * @param entitled whether it entitles the member now
 */
public record MySubscription(long id, Plan plan, SubscriptionStatus status, Instant currentPeriodEnd,
        boolean cancelAtPeriodEnd, boolean demo, boolean entitled) {}
