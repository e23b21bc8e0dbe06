package org.gigforge.subscription;

import java.time.Instant;
import org.gigforge.account.UserId;

/** A member's subscription started, changed or ended; {@code entitled} says whether it entitles them now. */
public record SubscriptionChanged(UserId member, String planCode, SubscriptionStatus status, boolean entitled,
        Instant currentPeriodEnd) {}
