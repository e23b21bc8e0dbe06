package org.gigforge.messaging;

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
 * Live messaging for the open views on this node: one subscription to the bus's messaging topic per node, fanned
 * out to the listeners of each signal's recipients (presence changes go to every listener, which filter for the
 * people they show). Listeners run on a bus thread: views hand the work to {@code ui.access}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LiveMessaging implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveMessaging.class);

    private final Map<Long, List<Consumer<MessagingSignal>>> listeners = new ConcurrentHashMap<>();
    private final ClusterBus.Subscription subscription;

    LiveMessaging(ClusterBus bus) {
        this.subscription = bus.subscribe(MessagingSignal.TOPIC, MessagingSignal.class, this::dispatch);
    }

    /** Hears the signals meant for the signed-in member (in every conversation) and presence changes. */
    public ClusterBus.Subscription listen(Consumer<MessagingSignal> listener) {
        long me = AccountPrincipal.currentUserId().value();
        listeners.computeIfAbsent(me, u -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(me, (u, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private void dispatch(MessagingSignal signal) {
        if (signal instanceof MessagingSignal.PresenceChanged) {
            listeners.values().forEach(list -> list.forEach(listener -> call(listener, signal)));
            return;
        }
        for (Long recipient : signal.recipients()) {
            listeners.getOrDefault(recipient, List.of()).forEach(listener -> call(listener, signal));
        }
    }

    private static void call(Consumer<MessagingSignal> listener, MessagingSignal signal) {
        try {
            listener.accept(signal);
        } catch (RuntimeException e) {
            log.warn("A messaging listener failed", e);
        }
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
