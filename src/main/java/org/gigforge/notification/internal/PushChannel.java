package org.gigforge.notification.internal;

import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationChannel;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Component;

/**
 * Browser push: a notification for a member with subscribed browsers is queued as a JobRunr job, so the call to
 * the push services (slow, sometimes failing) never holds up the change that caused it, and any node may send.
 */
@Component
@ConditionalOnBean(PushKeys.class)
class PushChannel implements NotificationChannel {

    private final PushSubscriptionRepository subscriptions;
    private final JobScheduler scheduler;

    PushChannel(PushSubscriptionRepository subscriptions, JobScheduler scheduler) {
        this.subscriptions = subscriptions;
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public void deliver(Notification notification) {
        if (subscriptions.existsByMemberId(notification.recipient().value())) {
            long id = notification.id().value();
            scheduler.<PushDelivery>enqueue(delivery -> delivery.send(id));
        }
    }
}
