package org.gigforge.notification.internal;

import com.interaso.webpush.WebPushService;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import org.gigforge.account.AccountEmails;
import org.gigforge.notification.NotificationPreferences;
import org.jobrunr.scheduling.JobScheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Web Push, unless {@code gigforge.push.enabled=false}: the VAPID keys and the client that sends to push services. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushProperties.class)
@ConditionalOnProperty(name = "gigforge.push.enabled", havingValue = "true", matchIfMissing = true)
class PushConfiguration {

    @Bean
    PushKeys pushKeys(PushProperties push, JdbcClient jdbc) {
        if (push.publicKey() != null && push.privateKey() != null) {
            return new PushKeys(push.publicKey(), push.privateKey());
        }
        return PushKeys.loadOrCreate(jdbc);
    }

    @Bean
    WebPushService webPushService(PushKeys keys, PushProperties push) {
        return new WebPushService(push.subject(), keys.vapid());
    }

    @Bean
    PushChannel pushChannel(PushSubscriptionRepository subscriptions, NotificationPreferences preferences,
            JobScheduler scheduler) {
        return new PushChannel(subscriptions, preferences, scheduler);
    }

    @Bean
    PushDelivery pushDelivery(NotificationRepository notifications, PushSubscriptionRepository subscriptions,
            WebPushService push, AccountEmails accounts, I18NProvider texts, TransactionTemplate transactions,
            Clock clock) {
        return new PushDelivery(notifications, subscriptions, push, accounts, texts, transactions, clock);
    }
}
