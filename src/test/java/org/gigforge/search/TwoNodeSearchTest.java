package org.gigforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.gigforge.GigforgeApplication;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobHits;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A cluster of two: two application contexts (nodes) on one PostgreSQL server and one OpenSearch node, with
 * outbox-polling coordination. A job published through node A is found through node B's search: A's write
 * records its indexing events in the outbox, whichever agent owns the shard indexes them into the shared index.
 */
class TwoNodeSearchTest {

    @TempDir
    Path dataDir;

    @Test
    void a_job_published_through_one_node_is_found_through_the_other() throws Exception {
        String prefix = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        try (var database = EmbeddedPostgres.builder().start();
                var nodeA = start("a", database, prefix);
                var nodeB = start("b", database, prefix)) {
            SecurityContextHolder.setContextHolderStrategy(nodeA.getBean(SecurityContextHolderStrategy.class));
            String email = TestAccounts.uniqueEmail("two.nodes");
            nodeA.getBean(AccountService.class)
                    .signUp(new SignUpRequest("Nina Node", email, "copper kettle mountain", Role.CLIENT));
            TestAccounts.signInAs(nodeA.getBean(UserDetailsService.class), email);
            var job = nodeA.getBean(JobService.class).post(JobDraft.of("Elixir cluster on two nodes",
                    "Distribute our Phoenix app across two nodes.", "web-development", List.of("docker"),
                    JobType.FIXED, Money.ofMajor(1_200, "USD"), null, null, ExperienceLevel.EXPERT,
                    ProjectDuration.LESS_THAN_MONTH), true);
            TestAccounts.signOut();

            var searchOnB = nodeB.getBean(JobSearchService.class);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                    searchOnB.search(JobQuery.all().withText("elixir")).hits()).extracting(JobHits.Hit::id)
                    .containsExactly(job.id()));
            var jdbc = nodeB.getBean(JdbcTemplate.class);
            // Both nodes take part: each registered as an agent of the outbox.
            assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class)).isEqualTo(2);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero());
        } finally {
            TestAccounts.signOut();
        }
    }

    private ConfigurableApplicationContext start(String node, EmbeddedPostgres database, String prefix) {
        // Command-line arguments, so application.properties cannot override them.
        return new SpringApplicationBuilder(GigforgeApplication.class).run(
                "--gigforge.data-dir=" + dataDir.resolve(node),
                "--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--gigforge.demo-data.enabled=false",
                "--jobrunr.background-job-server.enabled=false",
                "--gigforge.search.backend=elasticsearch",
                "--gigforge.search.coordination=outbox-polling",
                "--gigforge.search.elasticsearch.uris=" + TestOpenSearch.uri(),
                "--gigforge.search.elasticsearch.version=opensearch:2.19",
                "--gigforge.search.elasticsearch.index-prefix=" + prefix);
    }
}
