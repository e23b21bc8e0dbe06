package org.gigforge.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationChannel;
import org.gigforge.notification.NotificationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a notification in its own transaction, then hands it to every channel. Callers are after-commit
 * listeners: the change that caused the notification is committed whatever happens here.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final List<NotificationChannel> channels;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    Notifier(NotificationRepository notifications, List<NotificationChannel> channels, PlatformTransactionManager transactions,
            Clock clock) {
        this.notifications = notifications;
        this.channels = List.copyOf(channels);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Notifies one member. With a {@code subject} (e.g. {@code conversation:12}), a notification of the same type
     * about the same subject that is still unread absorbs this one: ten messages in a row make one notification.
     */
    public Optional<Notification> notify(UserId recipient, NotificationType type, String messageKey, List<String> args,
            String link, String subject) {
        Notification stored = newTransaction.execute(status -> {
            if (!subject.isEmpty() && notifications.existsByRecipientIdAndTypeAndSubjectAndReadAtIsNull(recipient.value(),
                    type, subject)) {
                return null;
            }
            return notifications.save(new NotificationEntity(recipient, type, messageKey, args, link, subject,
                    clock.instant())).toRecord();
        });
        if (stored == null) {
            return Optional.empty();
        }
        for (NotificationChannel channel : channels) {
            try {
                channel.deliver(stored);
            } catch (RuntimeException e) {
                log.warn("Channel {} could not deliver notification {}", channel.name(), stored.id(), e);
            }
        }
        return Optional.of(stored);
    }
}
