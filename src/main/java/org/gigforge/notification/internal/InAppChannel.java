package org.gigforge.notification.internal;

import org.gigforge.notification.Channel;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationChannel;
import org.gigforge.notification.NotificationSignal;
import org.gigforge.platform.ClusterBus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * In the app: the notification is in the member's list already (it is stored); this tells their open tabs, on
 * every node, to update the bell. Also relays "read" signals once the marking has committed.
 */
@Component
class InAppChannel implements NotificationChannel {

    private final ClusterBus bus;
    private final NotificationPreferences preferences;

    InAppChannel(ClusterBus bus, NotificationPreferences preferences) {
        this.bus = bus;
        this.preferences = preferences;
    }

    @Override
    public String name() {
        return Channel.IN_APP.id();
    }

    @Override
    public void deliver(Notification notification) {
        if (!preferences.enabled(notification.recipient(), notification.type(), Channel.IN_APP)) {
            return;
        }
        bus.publish(NotificationSignal.TOPIC, new NotificationSignal(notification.recipient().value(),
                notification.id().value()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationSignal readSignal) {
        bus.publish(NotificationSignal.TOPIC, readSignal);
    }
}
