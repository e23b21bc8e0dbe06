package org.gigforge.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.UserId;
import org.gigforge.messaging.internal.PresenceStore;
import org.gigforge.platform.ClusterBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who is here: a member is online while one of their tabs is connected and they did something lately, away while
 * connected but idle (or after {@code gigforge.messaging.away-after}), offline with a "last seen" time otherwise.
 * Each node counts the tabs connected to it and renews their presence in the {@link PresenceStore}; changes go over
 * the cluster bus as {@link MessagingSignal.PresenceChanged}, so the other side's header updates live.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PresenceService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final PresenceStore store;
    private final ClusterBus bus;
    private final Clock clock;
    private final Duration awayAfter;
    /** Tabs connected to this node per member, and when each member was last active here. */
    private final Map<Long, Integer> tabs = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastActive = new ConcurrentHashMap<>();
    private final Set<Long> away = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("presence-heartbeat").daemon(true).factory());

    PresenceService(PresenceStore store, ClusterBus bus, Clock clock, MessagingProperties properties) {
        this.store = store;
        this.bus = bus;
        this.clock = clock;
        this.awayAfter = properties.awayAfter();
        long every = properties.presenceHeartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** A tab of the signed-in member connected; close the handle when it goes (detach, sign-out). */
    public ClusterBus.Subscription connect() {
        long me = AccountPrincipal.currentUserId().value();
        Instant now = clock.instant();
        lastActive.put(me, now);
        boolean first = tabs.merge(me, 1, Integer::sum) == 1;
        store.renew(me, now, now);
        if (first || away.remove(me)) {
            changed(me);
        }
        return new ClusterBus.Subscription() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                disconnected(me);
            }
        };
    }

    private void disconnected(long user) {
        Integer left = tabs.computeIfPresent(user, (u, n) -> n > 1 ? n - 1 : null);
        if (left == null) {
            lastActive.remove(user);
            away.remove(user);
            store.left(user, clock.instant());
            changed(user);
        }
    }

    /** The signed-in member did something (typed, sent, opened a page): they are online, not away. */
    public void active() {
        long me = AccountPrincipal.currentUserId().value();
        Instant now = clock.instant();
        if (!tabs.containsKey(me)) {
            return;
        }
        lastActive.put(me, now);
        if (away.remove(me)) {
            store.renew(me, now, now);
            changed(me);
        }
    }

    /** A member's presence, as anyone signed in may see it next to a conversation. */
    public Presence presenceOf(UserId user) {
        Instant now = clock.instant();
        var active = store.lastActive(user.value());
        if (active.isPresent()) {
            return new Presence(active.get().isBefore(now.minus(awayAfter)) ? Presence.State.AWAY : Presence.State.ONLINE,
                    active.get());
        }
        return Presence.offline(store.lastSeen(user.value()).orElse(null));
    }

    /** Renews every member connected here, and tells the others who just went idle. */
    private void renewAll() {
        try {
            Instant now = clock.instant();
            for (Long user : tabs.keySet()) {
                Instant active = lastActive.getOrDefault(user, now);
                store.renew(user, active, now);
                if (active.isBefore(now.minus(awayAfter)) && away.add(user)) {
                    changed(user);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Renewing presence failed", e);
        }
    }

    private void changed(long user) {
        bus.publish(MessagingSignal.TOPIC, new MessagingSignal.PresenceChanged(user, Set.of()));
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        Instant now = clock.instant();
        tabs.keySet().forEach(user -> store.left(user, now));
    }
}
