package org.gigforge.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bus's wire format, the same in both modes: {@code {"node": ..., "type": ..., "payload": {...}}}. The type
 * is only ever resolved against the classes a subscriber asked for (a record or a sealed interface's records), so
 * a message on the wire can never make this node load or build an arbitrary class.
 */
final class BusCodec {

    private final JsonMapper json;
    private final String node;

    BusCodec(JsonMapper json, String node) {
        this.json = json;
        this.node = node;
    }

    String node() {
        return node;
    }

    String encode(Record payload) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("node", node);
        envelope.put("type", payload.getClass().getName());
        envelope.set("payload", json.valueToTree(payload));
        return json.writeValueAsString(envelope);
    }

    /** The node that published an encoded message, or null when it cannot be read. */
    @Nullable String origin(String encoded) {
        try {
            JsonNode node = json.readTree(encoded);
            return node.path("node").isString() ? node.path("node").asString() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The payload as the given type, or empty when it is of another type. */
    <T> Optional<T> decode(String encoded, Class<T> type) {
        JsonNode envelope = json.readTree(encoded);
        String name = envelope.path("type").asString("");
        for (Class<?> candidate : accepted(type)) {
            if (candidate.getName().equals(name)) {
                return Optional.of(type.cast(json.treeToValue(envelope.path("payload"), candidate)));
            }
        }
        return Optional.empty();
    }

    private static List<Class<?>> accepted(Class<?> type) {
        var result = new ArrayList<Class<?>>();
        if (type.isRecord()) {
            result.add(type);
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                result.addAll(accepted(sub));
            }
        }
        return result;
    }
}
