package org.gigforge.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.gigforge.GigforgeApplication;
import org.gigforge.platform.RunMode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production path: with {@code spring.datasource.url} set, the app uses that database, starts no
 * embedded one, migrates it and seeds no demo data. The "external" server here is a separate
 * PostgreSQL process started by the test.
 */
class ExternalDatabaseTest {

    @Test
    void uses_the_configured_database_and_seeds_nothing() throws Exception {
        try (var server = EmbeddedPostgres.builder().start();
                var app = new SpringApplicationBuilder(GigforgeApplication.class)
                        .properties(
                                "server.port=0",
                                "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username=postgres",
                                "spring.datasource.password=postgres",
                                "jobrunr.background-job-server.enabled=false")
                        .run()) {
            assertThat(app.getBean(RunMode.class).embeddedDatabase()).isFalse();
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from account_user", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from taxonomy_skill", Long.class)).isGreaterThanOrEqualTo(150);
        }
    }
}
