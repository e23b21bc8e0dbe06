package org.gigforge.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Presence for a cluster. {@code gigforge:presence:<user>} is a hash of node → last activity (epoch millis) that
 * expires unless some node renews it; {@code gigforge:last-seen:<user>} keeps the last time anyone saw them (30
 * days). While Redis is away, this node answers from its own memory, so pages keep working with less precise
 * presence instead of failing.
 */
public final class RedisPresenceStore implements PresenceStore {

    private static final Logger log = LoggerFactory.getLogger(RedisPresenceStore.class);
    private static final Duration LAST_SEEN_KEPT = Duration.ofDays(30);

    private final StringRedisTemplate redis;
    private final String node;
    private final Duration ttl;
    private final InMemoryPresenceStore fallback = new InMemoryPresenceStore();
    private volatile boolean warned;

    public RedisPresenceStore(StringRedisTemplate redis, String node, Duration ttl) {
        this.redis = redis;
        this.node = node;
        this.ttl = ttl;
    }

    @Override
    public void renew(long user, Instant lastActive, Instant now) {
        fallback.renew(user, lastActive, now);
        try {
            redis.opsForHash().put(key(user), node, Long.toString(lastActive.toEpochMilli()));
            redis.expire(key(user), ttl);
            redis.opsForValue().set(lastSeenKey(user), Long.toString(now.toEpochMilli()), LAST_SEEN_KEPT);
            warned = false;
        } catch (RuntimeException outage) {
            warn(outage);
        }
    }

    @Override
    public void left(long user, Instant now) {
        fallback.left(user, now);
        try {
            redis.opsForHash().delete(key(user), node);
            redis.opsForValue().set(lastSeenKey(user), Long.toString(now.toEpochMilli()), LAST_SEEN_KEPT);
        } catch (RuntimeException outage) {
            warn(outage);
        }
    }

    @Override
    public Optional<Instant> lastActive(long user) {
        try {
            return redis.opsForHash().values(key(user)).stream()
                    .map(value -> Instant.ofEpochMilli(Long.parseLong(value.toString())))
                    .max(Instant::compareTo);
        } catch (RuntimeException outage) {
            warn(outage);
            return fallback.lastActive(user);
        }
    }

    @Override
    public Optional<Instant> lastSeen(long user) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(lastSeenKey(user))).map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
        } catch (RuntimeException outage) {
            warn(outage);
            return fallback.lastSeen(user);
        }
    }

    private void warn(RuntimeException outage) {
        if (!warned) {
            warned = true;
            log.warn("Redis unreachable: presence comes from this node only until it is back ({})", outage.toString());
        }
    }

    private static String key(long user) {
        return "gigforge:presence:" + user;
    }

    private static String lastSeenKey(long user) {
        return "gigforge:last-seen:" + user;
    }
}
