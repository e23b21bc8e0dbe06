package org.gigforge.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.gigforge.platform.ClusterBus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The cluster mode's bus: Redis pub/sub, one channel per topic ({@code gigforge:bus:<topic>}), one subscription
 * per topic per node however many local subscribers there are.
 *
 * <p>This node's own subscribers get a payload straight from the JVM, without the round trip, and skip its echo
 * from Redis: the same node keeps working (and stays fast) while Redis is away. Publishing to Redis happens on
 * one background thread, so a request never waits for Redis; a failed publish is logged and dropped, which loses
 * nothing that matters because the data is in PostgreSQL and views reload it. The listener container
 * resubscribes by itself when Redis comes back.
 */
final class RedisClusterBus implements ClusterBus, MessageListener, AutoCloseable {

    static final String CHANNEL_PREFIX = "gigforge:bus:";
    private static final Logger log = LoggerFactory.getLogger(RedisClusterBus.class);

    private final BusCodec codec;
    private final LocalSubscribers subscribers;
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final ExecutorService outgoing = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("cluster-bus-redis-publish").daemon(true).factory());
    private final ExecutorService local = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("cluster-bus-local").daemon(true).factory());
    private volatile boolean redisHealthy = true;

    RedisClusterBus(BusCodec codec, StringRedisTemplate redis, RedisMessageListenerContainer container) {
        this.codec = codec;
        this.subscribers = new LocalSubscribers(codec);
        this.redis = redis;
        this.container = container;
    }

    @Override
    public void publish(String topic, Record payload) {
        String encoded = codec.encode(payload);
        try {
            local.execute(() -> subscribers.deliver(topic, encoded));
            outgoing.execute(() -> send(topic, encoded));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Bus closed; '{}' not published", topic);
        }
    }

    private void send(String topic, String encoded) {
        try {
            redis.convertAndSend(CHANNEL_PREFIX + topic, encoded);
            if (!redisHealthy) {
                redisHealthy = true;
                log.info("Redis is reachable again; the cluster bus publishes to the other nodes");
            }
        } catch (RuntimeException outage) {
            // One warning per outage, not one per message; the data is in PostgreSQL and views catch up.
            if (redisHealthy) {
                redisHealthy = false;
                log.warn("Redis unreachable: other nodes miss live updates until it is back ({})", outage.toString());
            }
        }
    }

    @Override
    public synchronized <T> Subscription subscribe(String topic, Class<T> type, Consumer<? super T> listener) {
        boolean first = !subscribers.has(topic);
        Subscription subscription = subscribers.add(topic, type, listener);
        if (first) {
            container.addMessageListener(this, new ChannelTopic(CHANNEL_PREFIX + topic));
        }
        return subscription;
    }

    @Override
    public void onMessage(Message message, byte @Nullable [] pattern) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        if (!channel.startsWith(CHANNEL_PREFIX)) {
            return;
        }
        String encoded = new String(message.getBody(), StandardCharsets.UTF_8);
        if (Objects.equals(codec.origin(encoded), codec.node())) {
            return;
        }
        subscribers.deliver(channel.substring(CHANNEL_PREFIX.length()), encoded);
    }

    @Override
    public String node() {
        return codec.node();
    }

    @Override
    public void close() {
        outgoing.shutdownNow();
        local.shutdownNow();
    }
}
