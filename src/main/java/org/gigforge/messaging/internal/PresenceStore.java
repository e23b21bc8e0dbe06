package org.gigforge.messaging.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * Where presence lives: in this node's memory (one node), or in Redis keys that expire (a cluster, where a member's
 * tabs may be connected to several nodes). Each node renews the members connected to it; a node that dies stops
 * renewing and its members go offline when the keys expire.
 */
public interface PresenceStore {

    /** The member is connected to this node; {@code lastActive} is when they last did something. */
    void renew(long user, Instant lastActive, Instant now);

    /** The member's last tab on this node closed. */
    void left(long user, Instant now);

    /** When the member was last active on any node while connected; empty when connected nowhere. */
    Optional<Instant> lastActive(long user);

    /** When the member was last connected anywhere. */
    Optional<Instant> lastSeen(long user);
}
