package org.gigforge.notification.internal;

import org.gigforge.notification.Channel;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationChannel;
import org.gigforge.notification.NotificationPreferences;
import org.jobrunr.scheduling.JobScheduler;

/**
 * Browser push: a notification for a member with subscribed browsers is queued as a JobRunr job, so the call to
 * the push services (slow, sometimes failing) never holds up the change that caused it, and any node may send.
 */
class PushChannel implements NotificationChannel {

    private final PushSubscriptionRepository subscriptions;
    private final NotificationPreferences preferences;
    private final JobScheduler scheduler;

    PushChannel(PushSubscriptionRepository subscriptions, NotificationPreferences preferences, JobScheduler scheduler) {
        this.subscriptions = subscriptions;
        this.preferences = preferences;
        this.scheduler = scheduler;
    }

    @Override
    public String name() {
        return "push";
    }

    @Override
    public void deliver(Notification notification) {
        if (subscriptions.existsByMemberId(notification.recipient().value())
                && preferences.enabled(notification.recipient(), notification.type(), Channel.PUSH)) {
            long id = notification.id().value();
            scheduler.<PushDelivery>enqueue(delivery -> delivery.send(id));
        }
    }
}
