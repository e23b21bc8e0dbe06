package org.gigforge.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. With a URL (production) nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatabaseUrl.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(GigforgeProperties properties) throws IOException {
            var database = properties.database();
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Durable like a real server: the data folder must survive a crash of the laptop.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100");
            if (database.embeddedPort() > 0) {
                builder.setPort(database.embeddedPort());
            }
            if (database.embeddedPersistent()) {
                Path dir = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            }
            return builder.start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            var config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setMaximumPoolSize(10);
            config.setPoolName("gigforge-embedded");
            return new HikariDataSource(config);
        }

        @Bean
        RunMode runMode() {
            return new RunMode(true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DatabaseUrl.class)
    static class External {

        @Bean
        RunMode runMode() {
            return new RunMode(false);
        }
    }

    static final class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }

    static final class DatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new NoDatabaseUrl().matches(context, metadata);
        }
    }
}
