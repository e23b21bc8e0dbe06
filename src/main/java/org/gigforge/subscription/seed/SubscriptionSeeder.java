package org.gigforge.subscription.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gigforge.account.UserId;
import org.gigforge.subscription.SubscriptionStatus;
import org.gigforge.subscription.internal.Plans;
import org.gigforge.subscription.internal.SubscriptionStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives demo members a running demo subscription, so the demo shows what plans unlock. */
@Component
public class SubscriptionSeeder {

    private final Plans plans;
    private final SubscriptionStore store;
    private final Clock clock;

    SubscriptionSeeder(Plans plans, SubscriptionStore store, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.clock = clock;
    }

    /** A demo subscription to the plan, if it is configured; false when it is not. */
    @Transactional
    public boolean subscribe(UserId member, String planCode) {
        if (plans.byCode(planCode).isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return store.insert(member, planCode, SubscriptionStore.DEMO, "demo:user-" + member + ":" + planCode + ":0",
                SubscriptionStatus.ACTIVE, now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant(), false, now);
    }
}
