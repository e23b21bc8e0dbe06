package org.gigforge.platform;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A refusal a user can read: carries a message key from the resource bundles (and its arguments),
 * optionally the form field it belongs to, so views can show it as a field error or notification.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final @Nullable String field;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(@Nullable String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public @Nullable String field() {
        return field;
    }
}
