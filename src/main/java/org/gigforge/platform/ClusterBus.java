package org.gigforge.platform;

import java.util.function.Consumer;

/**
 * Fan-out between the nodes of a cluster: what one node publishes reaches the subscribers on every node, its own
 * included. In the embedded mode it stays in the JVM; in the cluster mode it goes through Redis pub/sub
 * ({@code gigforge.cluster.bus=local|redis}).
 *
 * <p>The bus only says that something happened: payloads are small records (ids, counts), serialised as JSON in
 * both modes, and whatever they refer to is in PostgreSQL already. Delivery is at most once and may be lost while
 * Redis is away, so a subscriber reloads from the database what it shows (a view catches up on its next signal or
 * refresh); nobody may keep state only because a signal said so. Publishing never blocks the caller and never
 * throws because of an outage.
 */
public interface ClusterBus {

    /** Sends the payload, a record (or a sealed interface's record), to every subscriber of the topic. */
    void publish(String topic, Record payload);

    /**
     * Calls the listener, on a bus thread, for every payload on the topic that is of the given type: a record
     * class, or a sealed interface whose records are accepted. Payloads of other types are ignored, so several
     * modules may share a topic.
     */
    <T> Subscription subscribe(String topic, Class<T> type, Consumer<? super T> listener);

    /** This node's id on the bus, unique per running application (e.g. to keep per-node state in Redis apart). */
    String node();

    /** A subscription; closing it stops the calls. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
