package org.gigforge.payment;

import java.util.regex.Pattern;

/**
 * Names one money command so that doing it again changes nothing, e.g. {@code fund:milestone-17}. The caller
 * derives it from what the command is about (never from a click or a random value), so a double click, a
 * retried request or a replayed job carries the same key.
 */
public record IdempotencyKey(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,119}");

    public IdempotencyKey {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("An idempotency key has 1 to 120 letters, digits and :._/- : " + value);
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
