package org.gigforge.notification.internal;

import com.interaso.webpush.WebPushService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

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
}
