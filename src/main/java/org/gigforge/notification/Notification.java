package org.gigforge.notification;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A notification for one member. Its text is rendered when shown, in the reader's language, from
 * {@code messageKey} and {@code args} (names and titles, never words that need translating).
 *
 * @param link a path inside the app, such as {@code contracts/12}
 */
public record Notification(
        NotificationId id,
        UserId recipient,
        NotificationType type,
        String messageKey,
        List<String> args,
        String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
