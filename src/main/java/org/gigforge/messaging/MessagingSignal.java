package org.gigforge.messaging;

import java.util.Set;

/**
 * What the messaging module tells every node over the cluster bus (topic {@value #TOPIC}). Signals carry ids
 * only: views reload what they show from the database, so a lost signal is caught up by the next one.
 */
public sealed interface MessagingSignal {

    String TOPIC = "messaging";

    /** The members whose open views should hear of it. */
    Set<Long> recipients();

    long conversation();

    /** A message was stored and committed. */
    record MessagePosted(long conversation, long message, long sender, Set<Long> recipients) implements MessagingSignal {}

    /** A participant is typing (never stored). */
    record Typing(long conversation, long user, Set<Long> recipients) implements MessagingSignal {}

    /** A participant read the conversation up to a message (a read receipt). */
    record ReadUpTo(long conversation, long user, long message, Set<Long> recipients) implements MessagingSignal {}

    /** A member's presence changed; {@code conversation} is 0, recipients empty: everyone who shows them listens. */
    record PresenceChanged(long user, Set<Long> recipients) implements MessagingSignal {
        @Override
        public long conversation() {
            return 0;
        }
    }
}
