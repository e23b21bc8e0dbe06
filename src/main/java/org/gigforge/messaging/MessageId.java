package org.gigforge.messaging;

/** Identifies a message; ids grow with time within the database, so "newer" is "larger". */
public record MessageId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
