package org.gigforge.messaging;

/** Identifies a conversation. */
public record ConversationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
