package org.gigforge.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.platform.ClusterBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Live notification signals for the open views on this node: one bus subscription per node, fanned out to the
 * listeners of each recipient. Listeners run on a bus thread; views hand the work to {@code ui.access}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LiveNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

    private final Map<Long, List<Consumer<NotificationSignal>>> listeners = new ConcurrentHashMap<>();
    private final ClusterBus.Subscription subscription;

    LiveNotifications(ClusterBus bus) {
        this.subscription = bus.subscribe(NotificationSignal.TOPIC, NotificationSignal.class, this::dispatch);
    }

    /** Hears when the signed-in member gets a notification or reads some (in any tab, on any node). */
    public ClusterBus.Subscription listen(Consumer<NotificationSignal> listener) {
        long me = AccountPrincipal.currentUserId().value();
        listeners.computeIfAbsent(me, u -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(me, (u, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private void dispatch(NotificationSignal signal) {
        for (Consumer<NotificationSignal> listener : listeners.getOrDefault(signal.recipient(), List.of())) {
            try {
                listener.accept(signal);
            } catch (RuntimeException e) {
                log.warn("A notification listener failed", e);
            }
        }
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
