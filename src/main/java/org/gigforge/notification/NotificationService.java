package org.gigforge.notification;

import java.time.Clock;
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

/** The signed-in member's notifications: the newest, how many are unread, and marking them read. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    public static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The newest notifications, newest first. */
    public List<Notification> recent(int limit) {
        return notifications.findByRecipientIdOrderByIdDesc(me().value(), PageRequest.of(0, Math.clamp(limit, 1, MAX_PAGE)))
                .stream().map(NotificationEntity::toRecord).toList();
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me().value());
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
