package org.gigforge.messaging.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Presence for one node: connected members and when each was last seen, in memory. */
public final class InMemoryPresenceStore implements PresenceStore {

    private final Map<Long, Instant> connected = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastSeen = new ConcurrentHashMap<>();

    @Override
    public void renew(long user, Instant lastActive, Instant now) {
        connected.put(user, lastActive);
        lastSeen.put(user, now);
    }

    @Override
    public void left(long user, Instant now) {
        connected.remove(user);
        lastSeen.put(user, now);
    }

    @Override
    public Optional<Instant> lastActive(long user) {
        return Optional.ofNullable(connected.get(user));
    }

    @Override
    public Optional<Instant> lastSeen(long user) {
        return Optional.ofNullable(lastSeen.get(user));
    }
}
