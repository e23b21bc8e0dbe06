package org.gigforge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.gigforge.TestAccounts;
import org.gigforge.TestFilesConfiguration;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cluster set-up on one node: Elasticsearch backend (a real OpenSearch node) with outbox-polling coordination.
 * A job's change goes through the outbox table (created by Flyway) and is indexed by the polling agent, not by
 * the writing transaction. Indexing is asynchronous here, so the test waits for it.
 */
@SpringBootTest(properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=false",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.store=local",
    "gigforge.files.local-dir=${java.io.tmpdir}/gigforge-test-files-${random.uuid}",
    "gigforge.search.backend=elasticsearch",
    "gigforge.search.coordination=outbox-polling",
    "gigforge.search.elasticsearch.version=opensearch:2.19",
    "gigforge.search.elasticsearch.index-prefix=outbox-test-"
})
@Import(TestFilesConfiguration.class)
class OutboxCoordinationTest {

    @Autowired JobService jobs;
    @Autowired JobSearchService search;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("gigforge.search.elasticsearch.uris", () -> TestOpenSearch.uri().toString());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_published_job_reaches_the_index_through_the_outbox() {
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        String email = TestAccounts.uniqueEmail("outbox.client");
        accounts.signUp(new SignUpRequest("Olga Outbox", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);
        var job = jobs.post(JobDraft.of("Scala batch jobs on Spark", "Port three nightly batch jobs to Spark.",
                "data-science-ai", List.of("python"), JobType.FIXED, Money.ofMajor(900, "USD"), null, null,
                ExperienceLevel.EXPERT, ProjectDuration.LESS_THAN_MONTH), true);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                search.search(JobQuery.all().withText("spark")).hits()).extracting(JobHits.Hit::id).containsExactly(job.id()));
        // The agent processed the event and removed it.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero());
        assertThat(jdbc.queryForObject("select count(*) from hsearch_agent", Long.class)).isPositive();
    }
}
