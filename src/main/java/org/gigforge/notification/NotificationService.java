package org.gigforge.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.UserId;
import org.gigforge.notification.internal.NotificationEntity;
import org.gigforge.notification.internal.NotificationRepository;
import org.gigforge.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's notifications: the newest, how many are unread, and marking them read. Types the member
 * turned off in the app stay out of the list and the count (they are still stored for the other channels).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    public static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationPreferences preferences,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.clock = clock;
    }

    /** The newest notifications, newest first. */
    public List<Notification> recent(int limit) {
        long me = me().value();
        var page = PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE));
        Set<NotificationType> muted = preferences.disabled(me(), Channel.IN_APP);
        var found = muted.isEmpty()
                ? notifications.findByRecipientIdOrderByIdDesc(me, page)
                : notifications.findByRecipientIdAndTypeNotInOrderByIdDesc(me, muted, page);
        return found.stream().map(NotificationEntity::toRecord).toList();
    }

    public long unreadCount() {
        long me = me().value();
        Set<NotificationType> muted = preferences.disabled(me(), Channel.IN_APP);
        return muted.isEmpty()
                ? notifications.countByRecipientIdAndReadAtIsNull(me)
                : notifications.countByRecipientIdAndTypeNotInAndReadAtIsNull(me, muted);
    }

    /**
     * Unread notifications of one type created in a time window, by recipient, for every member: the unread
     * message digest reads them with nobody signed in.
     */
    @PreAuthorize("permitAll()")
    public List<Notification> unreadBetween(NotificationType type, Instant after, Instant before, int limit) {
        return notifications.findUnreadBetween(type, after, before, PageRequest.of(0, Math.clamp(limit, 1, 10_000)))
                .stream().map(NotificationEntity::toRecord).toList();
    }

    /** Marks one of the member's own notifications read; anyone else's is "not found". */
    @Transactional
    public void markRead(NotificationId id) {
        UserId me = me();
        var notification = notifications.findById(id.value())
                .filter(n -> n.toRecord().recipient().equals(me))
                .orElseThrow(() -> new UserFacingException("notification.not-found"));
        if (notification.markRead(clock.instant())) {
            events.publishEvent(new NotificationSignal(me.value(), id.value()));
        }
    }

    @Transactional
    public int markAllRead() {
        UserId me = me();
        int marked = notifications.markAllRead(me.value(), clock.instant());
        if (marked > 0) {
            events.publishEvent(new NotificationSignal(me.value(), 0));
        }
        return marked;
    }

    private static UserId me() {
        return AccountPrincipal.currentUserId();
    }
}
