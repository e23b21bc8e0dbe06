package org.gigforge.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gigforge.GigforgeApplication;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded mode keeps its data between runs: what was created before a restart is there after it. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void accounts_survive_a_restart_and_demo_data_is_seeded_once() {
        String email = TestAccounts.uniqueEmail("restart");
        long jobsAfterFirstStart;
        try (var first = start()) {
            first.getBean(AccountService.class)
                    .signUp(new SignUpRequest("Rita Restart", email, "copper kettle mountain", Role.CLIENT));
            jobsAfterFirstStart = count(first, "select count(*) from job");
            assertThat(jobsAfterFirstStart).isGreaterThanOrEqualTo(250);
        }
        try (var second = start()) {
            assertThat(count(second, "select count(*) from account_user where lower(email) = lower('" + email + "')"))
                    .isEqualTo(1);
            assertThat(count(second, "select count(*) from job")).isEqualTo(jobsAfterFirstStart);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, not builder defaults: application.properties would override those
        // and the test would use the project's own data folder.
        return new SpringApplicationBuilder(GigforgeApplication.class).run(
                "--gigforge.data-dir=" + dataDir,
                "--server.port=0",
                "--gigforge.database.embedded-port=0",
                "--gigforge.database.embedded-persistent=true",
                "--gigforge.demo-data.enabled=true",
                "--jobrunr.background-job-server.enabled=false");
    }

    private static long count(ConfigurableApplicationContext context, String sql) {
        Long value = context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
