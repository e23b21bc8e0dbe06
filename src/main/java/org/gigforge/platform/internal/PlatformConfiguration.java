package org.gigforge.platform.internal;

import java.time.Clock;
import org.gigforge.platform.GigforgeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GigforgeProperties.class)
class PlatformConfiguration {

    /** One clock for every rule that depends on time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
