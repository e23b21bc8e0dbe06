package org.gigforge.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether a member is here: online (active), away (connected but idle) or offline since {@code lastSeen}. */
public record Presence(State state, @Nullable Instant lastSeen) {

    public enum State { ONLINE, AWAY, OFFLINE }

    public static Presence offline(@Nullable Instant lastSeen) {
        return new Presence(State.OFFLINE, lastSeen);
    }
}
