package org.gigforge.platform.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gigforge.platform.ClusterBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's subscribers by topic, and the delivery of one encoded message to them. */
final class LocalSubscribers {

    private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

    private record Handler<T>(Class<T> type, Consumer<? super T> listener) {}

    private final Map<String, List<Handler<?>>> byTopic = new ConcurrentHashMap<>();
    private final BusCodec codec;

    LocalSubscribers(BusCodec codec) {
        this.codec = codec;
    }

    /** Adds a subscriber; {@code firstOfTopic} is told when the topic had none before (to subscribe remotely). */
    <T> ClusterBus.Subscription add(String topic, Class<T> type, Consumer<? super T> listener) {
        var handler = new Handler<T>(type, listener);
        byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
        return () -> {
            var handlers = byTopic.get(topic);
            if (handlers != null) {
                handlers.remove(handler);
            }
        };
    }

    boolean has(String topic) {
        return byTopic.containsKey(topic);
    }

    /** Calls every subscriber of the topic that takes the payload's type; one failing subscriber never stops the rest. */
    void deliver(String topic, String encoded) {
        for (Handler<?> handler : byTopic.getOrDefault(topic, List.of())) {
            try {
                call(handler, encoded);
            } catch (RuntimeException e) {
                log.warn("A subscriber of '{}' failed", topic, e);
            }
        }
    }

    private <T> void call(Handler<T> handler, String encoded) {
        codec.decode(encoded, handler.type()).ifPresent(handler.listener());
    }
}
