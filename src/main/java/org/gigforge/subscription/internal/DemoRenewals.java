package org.gigforge.subscription.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gigforge.subscription.SubscriptionChanged;
import org.gigforge.subscription.SubscriptionPaid;
import org.gigforge.subscription.SubscriptionStatus;
import org.gigforge.subscription.internal.SubscriptionStore.Row;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo provider's monthly billing: a demo subscription whose period is over renews for another month (a demo
 * payment is recorded; no money moves), or ends when it was cancelled at period end. Until this runs, an active
 * subscription still entitles and a cancelled one already does not, so a late run changes nothing members notice.
 */
@Component
public class DemoRenewals {

    private static final Logger log = LoggerFactory.getLogger(DemoRenewals.class);

    private final Plans plans;
    private final SubscriptionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoRenewals(Plans plans, SubscriptionStore store, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Recurring(id = "renew-demo-subscriptions", cron = "37 * * * *", zoneId = "UTC")
    @Transactional
    public int renewDue() {
        Instant now = clock.instant();
        int changed = 0;
        for (Row row : store.demoDue(now)) {
            var plan = plans.byCode(row.planCode());
            if (row.cancelAtPeriodEnd() || plan.isEmpty()) {
                store.update(row.id(), row.planCode(), SubscriptionStatus.CANCELED, row.currentPeriodEnd(), row.cancelAtPeriodEnd(), now);
                events.publishEvent(new SubscriptionChanged(row.member(), row.planCode(), SubscriptionStatus.CANCELED,
                        false, row.currentPeriodEnd()));
                log.info("Demo subscription {} ended", row.reference());
            } else {
                Instant end = row.currentPeriodEnd();
                while (!end.isAfter(now)) {
                    // Each month is recorded once, even if a run is repeated: its reference is its start.
                    String month = row.reference() + ":" + end.getEpochSecond();
                    if (store.recordPayment(row.member(), row.reference(), month, plan.get().monthlyPrice(), true)) {
                        events.publishEvent(new SubscriptionPaid(row.member(), row.planCode(), plan.get().monthlyPrice(), month));
                    }
                    end = end.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
                }
                store.update(row.id(), row.planCode(), row.status(), end, false, now);
                events.publishEvent(new SubscriptionChanged(row.member(), row.planCode(), row.status(), true, end));
                log.info("Demo subscription {} renewed until {}", row.reference(), end);
            }
            changed++;
        }
        return changed;
    }
}
