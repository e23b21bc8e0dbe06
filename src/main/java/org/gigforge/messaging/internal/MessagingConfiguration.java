package org.gigforge.messaging.internal;

import org.gigforge.messaging.MessagingProperties;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.ClusterProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Presence in memory on one node, in Redis for a cluster ({@code gigforge.cluster.bus}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagingProperties.class)
class MessagingConfiguration {

    @Bean
    @ConditionalOnProperty(name = ClusterProperties.BUS_PROPERTY, havingValue = "local", matchIfMissing = true)
    PresenceStore inMemoryPresenceStore() {
        return new InMemoryPresenceStore();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ClusterProperties.BUS_PROPERTY, havingValue = "redis")
    static class Redis {

        /** Presence outlives three missed renewals, so one slow renewal never shows anyone offline. */
        @Bean
        PresenceStore redisPresenceStore(StringRedisTemplate redis, ClusterBus bus, MessagingProperties properties) {
            return new RedisPresenceStore(redis, bus.node(), properties.presenceHeartbeat().multipliedBy(3));
        }
    }
}
