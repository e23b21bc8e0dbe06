package org.gigforge.mail;

import java.util.Optional;
import org.gigforge.mail.internal.UnsubscribeTokens;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.gigforge.platform.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Unsubscribing from a mail's link without signing in: the signed token names the member and the notification
 * type, and turns that type's email preference off. Anyone holding the link may do that, and nothing else.
 */
@Service
@PreAuthorize("permitAll()")
public class Unsubscribes {

    private final UnsubscribeTokens tokens;
    private final NotificationPreferences preferences;

    Unsubscribes(UnsubscribeTokens tokens, NotificationPreferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    /** The type a token would unsubscribe from, when it is genuine. */
    public Optional<NotificationType> typeOf(String token) {
        return tokens.verify(token).map(UnsubscribeTokens.Subject::type);
    }

    /** Turns the mail off; returns the type. */
    public NotificationType unsubscribe(String token) {
        var subject = tokens.verify(token).orElseThrow(() -> new UserFacingException("mail.unsubscribe.invalid"));
        preferences.turnOff(subject.member(), subject.type(), Channel.EMAIL);
        return subject.type();
    }
}
