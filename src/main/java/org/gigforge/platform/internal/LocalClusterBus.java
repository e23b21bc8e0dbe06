package org.gigforge.platform.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.gigforge.platform.ClusterBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded mode's bus: one node, delivered in the JVM. Payloads still go through the JSON wire format, so a
 * payload that would not survive Redis fails here too, on a laptop, instead of only in a cluster. One delivery
 * thread keeps the order of publication and never makes the publisher wait for subscribers.
 */
final class LocalClusterBus implements ClusterBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalClusterBus.class);

    private final BusCodec codec;
    private final LocalSubscribers subscribers;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("cluster-bus-local").daemon(true).factory());

    LocalClusterBus(BusCodec codec) {
        this.codec = codec;
        this.subscribers = new LocalSubscribers(codec);
    }

    @Override
    public void publish(String topic, Record payload) {
        String encoded = codec.encode(payload);
        try {
            delivery.execute(() -> subscribers.deliver(topic, encoded));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Bus closed; '{}' not delivered", topic);
        }
    }

    @Override
    public <T> Subscription subscribe(String topic, Class<T> type, Consumer<? super T> listener) {
        return subscribers.add(topic, type, listener);
    }

    @Override
    public String node() {
        return codec.node();
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
