package org.gigforge.platform.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.ClusterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Picks the cluster bus: in the JVM by default, Redis pub/sub with {@code gigforge.cluster.bus=redis}. Redis's
 * auto-configuration only exists in the Redis mode (see {@link ClusterAutoConfigurationFilter}), so the embedded
 * mode never opens a connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = ClusterProperties.BUS_PROPERTY, havingValue = "local", matchIfMissing = true)
    ClusterBus localClusterBus(JsonMapper json) {
        return new LocalClusterBus(new BusCodec(json, newNodeId()));
    }

    /**
     * Tells this node's messages apart from other nodes' on the shared channels: one per application context (not
     * per JVM), so two nodes started in one JVM, as the cluster tests do, are two nodes.
     */
    static String newNodeId() {
        return UUID.randomUUID().toString();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = ClusterProperties.BUS_PROPERTY, havingValue = "redis")
    static class Redis {

        /**
         * While Redis is away Lettuce would queue commands and make callers wait for the command timeout; refusing
         * them at once keeps requests fast (presence and rate limits fall back to this node's memory). Lettuce still
         * reconnects, and resubscribes pub/sub channels, by itself.
         */
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
            return options -> options.autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }

        /** Reconnect within seconds of Redis coming back (Lettuce's default waits up to 30 s between tries). */
        @Bean
        ClientResourcesBuilderCustomizer reconnectSoon() {
            return resources -> resources.reconnectDelay(
                    Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(3), 2, TimeUnit.MILLISECONDS));
        }

        @Bean
        RedisMessageListenerContainer clusterBusListenerContainer(RedisConnectionFactory connections) {
            var container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            var backOff = new ExponentialBackOff(500, 2);
            backOff.setMaxInterval(Duration.ofSeconds(10).toMillis());
            container.setRecoveryBackoff(backOff);
            container.setErrorHandler(e -> log.warn("Cluster bus subscription problem: {}", e.toString()));
            return container;
        }

        @Bean(destroyMethod = "close")
        ClusterBus redisClusterBus(JsonMapper json, StringRedisTemplate redis, RedisMessageListenerContainer container) {
            String node = newNodeId();
            log.info("Cluster bus: Redis pub/sub (node {})", node);
            return new RedisClusterBus(new BusCodec(json, node), redis, container);
        }
    }
}
