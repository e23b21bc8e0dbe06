package org.gigforge.notification.internal;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import org.gigforge.account.AccountContact;
import org.gigforge.account.AccountEmails;
import org.gigforge.notification.Notification;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one notification to every browser its member subscribed, encrypted for each (RFC 8291) and signed with the
 * installation's VAPID key (RFC 8292). A browser whose push service answers "gone" (404/410) is forgotten; other
 * failures are logged per browser and not retried, so the browsers that got it do not get it twice.
 */
public class PushDelivery {

    private static final Logger log = LoggerFactory.getLogger(PushDelivery.class);
    /** Push services keep an undelivered notification this long (a phone that is off); after that it is stale. */
    static final int TIME_TO_LIVE_SECONDS = 24 * 60 * 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationRepository notifications;
    private final PushSubscriptionRepository subscriptions;
    private final WebPushService push;
    private final AccountEmails accounts;
    private final I18NProvider texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PushDelivery(NotificationRepository notifications, PushSubscriptionRepository subscriptions, WebPushService push,
            AccountEmails accounts, I18NProvider texts, TransactionTemplate transactions, Clock clock) {
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.push = push;
        this.accounts = accounts;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns how many browsers accepted it. */
    @Job(name = "Push notification %0 to the member's browsers", retries = 0)
    public int send(long notificationId) {
        var notification = transactions.execute(status -> notifications.findById(notificationId)
                .map(NotificationEntity::toRecord).orElse(null));
        if (notification == null) {
            return 0;
        }
        var browsers = transactions.execute(status -> subscriptions.findByMemberId(notification.recipient().value()));
        Locale locale = accounts.contact(notification.recipient()).map(AccountContact::locale).orElse(Locale.ENGLISH);
        String payload = payload(notification, texts.getTranslation(notification.messageKey(), locale,
                notification.args().toArray()));
        int accepted = 0;
        for (var browser : browsers) {
            try {
                var state = push.send(payload, browser.endpoint(), browser.p256dh(), browser.auth(), TIME_TO_LIVE_SECONDS,
                        "n" + notificationId, WebPush.Urgency.Normal);
                if (state == WebPush.SubscriptionState.EXPIRED) {
                    transactions.executeWithoutResult(status -> subscriptions.deleteByEndpoint(browser.endpoint()));
                    log.info("Push subscription of member {} expired; removed", notification.recipient());
                } else {
                    transactions.executeWithoutResult(status -> subscriptions.findByEndpoint(browser.endpoint())
                            .ifPresent(row -> row.sent(clock.instant())));
                    accepted++;
                }
            } catch (Exception failed) {
                // The library (Kotlin) throws its checked WebPushException undeclared, and bad keys as runtime errors.
                log.warn("Push notification {} to a browser of member {} failed: {}", notificationId,
                        notification.recipient(), failed.getMessage());
            }
        }
        return accepted;
    }

    /** What the service worker shows: {@code showNotification(title, options)}; a click opens the app. */
    static String payload(Notification notification, String text) {
        var root = JSON.createObjectNode();
        root.put("title", "Gigforge");
        var options = root.putObject("options");
        options.put("body", text);
        options.put("icon", "icons/icon.png");
        options.put("tag", notification.type().name().toLowerCase(Locale.ROOT));
        options.putObject("data").put("url", "/" + notification.link());
        return JSON.writeValueAsString(root);
    }
}
