package org.gigforge.account;

/** Identifies a person's account. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
