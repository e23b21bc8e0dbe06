package org.gigforge.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The in-JVM bus: JSON round trip, type filtering, order, unsubscribing, and nothing on the wire loads a class. */
class LocalClusterBusTest {

    sealed interface Signal {}

    record Posted(long conversation, Set<Long> recipients) implements Signal {}

    record Typing(long user) implements Signal {}

    record Other(String text) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final LocalClusterBus bus = new LocalClusterBus(new BusCodec(json, "node-1"));

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void subscribers_get_copies_of_the_payloads_of_their_type_in_order() throws InterruptedException {
        BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
        BlockingQueue<Other> others = new LinkedBlockingQueue<>();
        bus.subscribe("chat", Signal.class, signals::add);
        bus.subscribe("chat", Other.class, others::add);

        var posted = new Posted(7, Set.of(1L, 2L));
        bus.publish("chat", posted);
        bus.publish("chat", new Typing(3));
        bus.publish("elsewhere", new Typing(4));

        Signal first = signals.poll(5, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(posted).isNotSameAs(posted);
        assertThat(signals.poll(5, TimeUnit.SECONDS)).isEqualTo(new Typing(3));
        assertThat(signals.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(others).isEmpty();
    }

    @Test
    void a_failing_subscriber_does_not_stop_the_others_and_closing_stops_delivery() throws InterruptedException {
        BlockingQueue<Typing> heard = new LinkedBlockingQueue<>();
        bus.subscribe("t", Typing.class, t -> {
            throw new IllegalStateException("broken view");
        });
        var subscription = bus.subscribe("t", Typing.class, heard::add);
        bus.publish("t", new Typing(1));
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(new Typing(1));
        subscription.close();
        bus.publish("t", new Typing(2));
        assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void the_wire_type_is_only_resolved_against_the_subscribers_own_classes() {
        var codec = new BusCodec(json, "node-2");
        String foreign = "{\"node\":\"x\",\"type\":\"java.lang.ProcessBuilder\",\"payload\":{\"command\":[\"sh\"]}}";
        assertThat(codec.decode(foreign, Signal.class)).isEmpty();
        assertThat(codec.decode(codec.encode(new Typing(5)), Signal.class)).contains(new Typing(5));
        assertThat(codec.decode(codec.encode(new Typing(5)), Other.class)).isEmpty();
        assertThat(codec.origin(codec.encode(new Typing(5)))).isEqualTo("node-2");
        assertThat(codec.origin("not json")).isNull();
    }
}
