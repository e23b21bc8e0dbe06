package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigforge.TestAccounts;
import org.gigforge.TestFilesConfiguration;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.job.JobHits.AmountRange;
import org.gigforge.job.JobQuery.Near;
import org.gigforge.job.JobQuery.PostedWithin;
import org.gigforge.job.JobQuery.ProposalsBucket;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.profile.ClientProfileData;
import org.gigforge.profile.ProfileService;
import org.gigforge.search.ReindexProgress;
import org.gigforge.search.SearchIndexService;
import org.gigforge.search.internal.ReindexJob;
import org.gigforge.search.internal.Reindexing;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job search, proven the same way on every backend: the subclasses choose Lucene or a real OpenSearch node. Each
 * runs on its own database without demo data, so counts are exact. Indexing is synchronous in these contexts
 * ({@code synchronization.strategy=sync}: a write returns once its documents are searchable), which is what
 * lets a test search right after a commit without waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=false",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.store=local",
    "gigforge.files.local-dir=${java.io.tmpdir}/gigforge-test-files-${random.uuid}",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"
})
@Import(TestFilesConfiguration.class)
abstract class JobSearchContract {

    @Autowired JobSearchService search;
    @Autowired JobService jobs;
    @Autowired AccountService accounts;
    @Autowired ProfileService profiles;
    @Autowired SearchIndexService index;
    @Autowired Reindexing reindexing;
    @Autowired ReindexJob reindexJob;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired ApplicationContext context;

    private final Map<String, JobId> ids = new LinkedHashMap<>();
    private String verifiedClient;
    private String otherClient;

    @BeforeEach
    void useThisContextsSecurity() {
        var strategy = context.getBean(SecurityContextHolderStrategy.class);
        if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /**
     * Ten public open jobs by two clients, plus an invite-only, a closed and a draft job that must never be found.
     * Dates and proposal counts are then set in the database (as time and the proposals module would) and the
     * index is rebuilt by the reindex job, which proves the mass indexer on the way.
     */
    @BeforeAll
    void postJobs() throws InterruptedException {
        useThisContextsSecurity();
        verifiedClient = TestAccounts.uniqueEmail("search.verified");
        otherClient = TestAccounts.uniqueEmail("search.other");
        accounts.signUp(new SignUpRequest("Vera Verified", verifiedClient, "copper kettle mountain", Role.CLIENT));
        accounts.signUp(new SignUpRequest("Otto Other", otherClient, "copper kettle mountain", Role.CLIENT));

        var vera = TestAccounts.signInAs(users, verifiedClient);
        profiles.saveMyClientProfile(new ClientProfileData("Vera GmbH", null, "Berlin", "DE"));
        jdbc.update("update profile_client set payment_verified = true where user_id = ?", vera.userId().value());
        post("react", "React developer for a SaaS dashboard",
                "Build charts and tables for our analytics product. Frontend work in JavaScript with hooks.",
                "web-development", List.of("javascript", "react"), fixed(800, "USD"), ExperienceLevel.INTERMEDIATE,
                JobLocation.anywhere());
        post("python", "Data pipeline for sales reports",
                "Nightly pipeline that cleans CSV exports and loads them into a warehouse.",
                "data-science-ai", List.of("python"), hourly(40, 70, "USD"), ExperienceLevel.EXPERT,
                JobLocation.countries(List.of("DE", "AT")));
        post("k8s", "Harden our Kubernetes cluster",
                "Network policies, pod security and upgrades for a production cluster.",
                "devops-cloud", List.of("kubernetes", "docker"), fixed(3_000, "USD"), ExperienceLevel.EXPERT,
                JobLocation.onSite("Berlin", "DE", 50));
        post("logo", "Logo for a small bakery",
                "A warm, hand-drawn logo for our café and bakery, with a simple brand sheet.",
                "design-creative", List.of("logo-design"), fixed(150, "EUR"), ExperienceLevel.ENTRY,
                JobLocation.onSite("Munich", "DE", 30));
        post("node", "REST API with Node.js and PostgreSQL",
                "Design endpoints and the database schema for a booking service.",
                "web-development", List.of("node-js", "postgresql"), hourly(30, 50, "USD"), ExperienceLevel.INTERMEDIATE,
                JobLocation.anywhere());
        post("ml", "Machine learning model for customer churn",
                "Train and evaluate a churn prediction model on our subscription data.",
                "data-science-ai", List.of("machine-learning", "python"), hourly(80, 120, "USD"), ExperienceLevel.EXPERT,
                JobLocation.onSite("Hamburg", "DE", 100));
        post("secret", "Secret JavaScript prototype",
                "Only for the people we invite. JavaScript and React.",
                "web-development", List.of("javascript"), fixed(500, "USD"), ExperienceLevel.ENTRY,
                JobLocation.anywhere(), JobVisibility.INVITE_ONLY, true);
        post("closed", "Old JavaScript gig",
                "Already done: a JavaScript widget.",
                "web-development", List.of("javascript"), fixed(300, "USD"), ExperienceLevel.ENTRY,
                JobLocation.anywhere());
        jobs.close(ids.get("closed"), CloseReason.CANCELLED);
        post("draft", "Draft JavaScript idea",
                "Not published yet: JavaScript.",
                "web-development", List.of("javascript"), fixed(300, "USD"), ExperienceLevel.ENTRY,
                JobLocation.anywhere(), JobVisibility.PUBLIC, false);

        TestAccounts.signInAs(users, otherClient);
        post("go", "Go microservices for payments",
                "Write two small services in Go behind our gateway.",
                "web-development", List.of("docker"), fixed(2_000, "USD"), ExperienceLevel.EXPERT,
                JobLocation.anywhere());
        post("translate", "Translate our website to German",
                "About 8,000 words of marketing copy, English to German.",
                "writing-translation", List.of("copywriting"), fixed(400, "USD"), ExperienceLevel.INTERMEDIATE,
                JobLocation.countries(List.of("DE", "AT", "CH")));
        TestAccounts.signOut();

        Instant now = Instant.now();
        age("react", Duration.ofHours(2));
        age("python", Duration.ofDays(2));
        age("k8s", Duration.ofDays(5));
        age("logo", Duration.ofDays(10));
        age("node", Duration.ofDays(20));
        age("ml", Duration.ofHours(5));
        age("go", Duration.ofDays(1));
        age("translate", Duration.ofDays(40));
        proposals("python", 7);
        proposals("k8s", 12);
        proposals("node", 3);

        // What an admin's "reindex" queues, run here as the JobRunr worker would run it.
        var run = reindexing.start(ReindexProgress.Reason.ADMIN);
        reindexJob.run(run.id());
        var done = reindexing.latest().orElseThrow();
        assertThat(done.state()).isEqualTo(ReindexProgress.State.DONE);
        assertThat(done.total()).isEqualTo(ids.size());
        assertThat(done.percent()).isEqualTo(100);
    }

    private void post(String key, String title, String description, String category, List<String> skills, Terms terms,
            ExperienceLevel level, JobLocation location) {
        post(key, title, description, category, skills, terms, level, location, JobVisibility.PUBLIC, true);
    }

    private void post(String key, String title, String description, String category, List<String> skills, Terms terms,
            ExperienceLevel level, JobLocation location, JobVisibility visibility, boolean publish) {
        var draft = new JobDraft(title, description, category, skills, terms.type(), terms.budget(), terms.rateMin(),
                terms.rateMax(), level, ProjectDuration.LESS_THAN_MONTH, location, List.of(), visibility, List.of());
        ids.put(key, jobs.post(draft, publish).id());
    }

    private record Terms(JobType type, Money budget, Money rateMin, Money rateMax) {}

    private static Terms fixed(long major, String currency) {
        return new Terms(JobType.FIXED, Money.ofMajor(major, currency), null, null);
    }

    private static Terms hourly(long min, long max, String currency) {
        return new Terms(JobType.HOURLY, null, Money.ofMajor(min, currency), Money.ofMajor(max, currency));
    }

    private void age(String key, Duration age) {
        jdbc.update("update job set published_at = ? where id = ?", java.sql.Timestamp.from(Instant.now().minus(age)),
                ids.get(key).value());
    }

    /** Proposals as the proposals module stores them, from freelancers who exist only for that. */
    private void proposals(String key, int count) {
        for (int i = 0; i < count; i++) {
            Long freelancer = jdbc.queryForObject("insert into account_user (email, display_name, password_hash, created_at) "
                    + "values (?, 'Proposer', 'x', now()) returning id", Long.class, TestAccounts.uniqueEmail("proposer"));
            jdbc.update("insert into proposal (job_id, freelancer_id, cover_letter, bid_minor, currency, state, submitted_at) "
                    + "values (?, ?, 'Hello', 10000, 'USD', 'SUBMITTED', now())", ids.get(key).value(), freelancer);
        }
    }

    private Set<JobId> found(JobQuery query) {
        return search.search(query).hits().stream().map(JobHits.Hit::id).collect(java.util.stream.Collectors.toSet());
    }

    private Set<JobId> jobs(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).collect(java.util.stream.Collectors.toSet());
    }

    private List<JobId> order(JobQuery query) {
        return search.search(query).hits().stream().map(JobHits.Hit::id).toList();
    }

    private List<JobId> list(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).toList();
    }

    private static final Set<String> PUBLIC_OPEN = Set.of("react", "python", "k8s", "logo", "node", "ml", "go", "translate");

    @Test
    void everyone_finds_every_open_public_job_and_nothing_else() {
        var all = search.search(JobQuery.all().withPage(0, 50));
        assertThat(all.total()).isEqualTo(PUBLIC_OPEN.size());
        assertThat(all.hits()).extracting(JobHits.Hit::id)
                .containsExactlyInAnyOrderElementsOf(jobs(PUBLIC_OPEN.toArray(String[]::new)));
        assertThat(found(JobQuery.all().withText("javascript"))).isEqualTo(jobs("react"));
    }

    @Test
    void typos_are_forgiven_by_word_length() {
        assertThat(found(JobQuery.all().withText("javscript"))).isEqualTo(jobs("react"));
        assertThat(found(JobQuery.all().withText("pyhton"))).isEqualTo(jobs("python", "ml"));
        assertThat(found(JobQuery.all().withText("kubernetse"))).isEqualTo(jobs("k8s"));
        // Three letters get no edit: "rest" must not become "react" or "test".
        assertThat(found(JobQuery.all().withText("reat"))).contains(ids.get("react"));
        assertThat(found(JobQuery.all().withText("pyt"))).isEmpty();
    }

    @Test
    void skill_synonyms_find_the_skill_people_mean() {
        assertThat(found(JobQuery.all().withText("k8s"))).isEqualTo(jobs("k8s"));
        assertThat(found(JobQuery.all().withText("js"))).isEqualTo(jobs("react"));
        assertThat(found(JobQuery.all().withText("reactjs"))).isEqualTo(jobs("react"));
        assertThat(found(JobQuery.all().withText("golang"))).isEqualTo(jobs("go"));
        assertThat(found(JobQuery.all().withText("postgres"))).isEqualTo(jobs("node"));
        assertThat(found(JobQuery.all().withText("ml"))).isEqualTo(jobs("ml"));
        assertThat(found(JobQuery.all().withText("nodejs api"))).isEqualTo(jobs("node"));
    }

    @Test
    void stemming_and_accents_match_word_forms() {
        assertThat(found(JobQuery.all().withText("pipelines"))).isEqualTo(jobs("python"));
        assertThat(found(JobQuery.all().withText("cafe"))).isEqualTo(jobs("logo"));
        assertThat(found(JobQuery.all().withText("the bakery's logo"))).isEqualTo(jobs("logo"));
    }

    @Test
    void title_and_skill_matches_rank_above_description_matches() {
        // "python" is a skill of both; "data" is in the pipeline's title and only in the model's description.
        var hits = search.search(JobQuery.all().withText("data python")).hits();
        assertThat(hits).extracting(JobHits.Hit::id).containsExactly(ids.get("python"), ids.get("ml"));
        var first = hits.getFirst();
        assertThat(first.matchedTerms()).contains("data", "python");
        assertThat(hits.get(1).snippet()).contains("<em>data</em>");
        assertThat(first.score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void each_filter_narrows_and_its_facet_counts_ignore_it() {
        var byCategory = search.search(JobQuery.all().withCategory("web-development"));
        assertThat(byCategory.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("react", "node", "go"));
        // The category facet still counts the other categories, so switching shows what it would find.
        assertThat(byCategory.facets().categories()).containsEntry("web-development", 3L)
                .containsEntry("data-science-ai", 2L).containsEntry("devops-cloud", 1L)
                .containsEntry("design-creative", 1L).containsEntry("writing-translation", 1L);
        // Other facets count within the category.
        assertThat(byCategory.facets().types()).containsEntry(JobType.FIXED, 2L).containsEntry(JobType.HOURLY, 1L);

        var bySkills = search.search(JobQuery.all().withSkills(List.of("python", "docker")));
        assertThat(bySkills.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("python", "ml", "k8s", "go"));
        assertThat(bySkills.facets().skills()).containsEntry("python", 2L).containsEntry("docker", 2L)
                .containsEntry("javascript", 1L);
        assertThat(bySkills.facets().categories()).containsEntry("data-science-ai", 2L).doesNotContainKey("design-creative");

        var hourly = search.search(JobQuery.all().withType(JobType.HOURLY));
        assertThat(hourly.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("python", "node", "ml"));
        assertThat(hourly.facets().types()).containsEntry(JobType.FIXED, 5L).containsEntry(JobType.HOURLY, 3L);

        var experts = search.search(JobQuery.all().withExperience(Set.of(ExperienceLevel.EXPERT)));
        assertThat(experts.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("python", "k8s", "ml", "go"));
        assertThat(experts.facets().experience()).containsEntry(ExperienceLevel.EXPERT, 4L)
                .containsEntry(ExperienceLevel.INTERMEDIATE, 3L).containsEntry(ExperienceLevel.ENTRY, 1L);
    }

    @Test
    void budget_and_rate_filter_in_the_query_currency() {
        var budget = search.search(JobQuery.all().withBudget("USD", 500L, 2_500L));
        assertThat(budget.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("react", "go"));
        assertThat(budget.facets().budgets())
                .containsEntry(new AmountRange(100, 500L), 1L) // translation (400 USD); the bakery's 150 is in EUR
                .containsEntry(new AmountRange(500, 1_000L), 1L)
                .containsEntry(new AmountRange(1_000, 5_000L), 2L)
                .containsEntry(new AmountRange(0, 100L), 0L);
        assertThat(found(JobQuery.all().withBudget("EUR", 100L, 200L))).isEqualTo(jobs("logo"));

        // A rate range matches hourly jobs whose own range overlaps it.
        assertThat(found(JobQuery.all().withRate("USD", 60L, 75L))).isEqualTo(jobs("python"));
        var rates = search.search(JobQuery.all().withRate("USD", 100L, null));
        assertThat(rates.hits()).extracting(JobHits.Hit::id).containsExactly(ids.get("ml"));
        assertThat(rates.facets().rates()).containsEntry(new AmountRange(50, 100L), 2L)
                .containsEntry(new AmountRange(100, null), 1L);
        // Both ranges: fixed jobs in the one or hourly jobs in the other.
        assertThat(found(JobQuery.all().withBudget("USD", 2_000L, null).withRate("USD", 100L, null)))
                .isEqualTo(jobs("k8s", "go", "ml"));
    }

    @Test
    void client_history_filters_count_verified_payment_and_hires() {
        var verified = search.search(JobQuery.all().withPaymentVerified(true));
        assertThat(verified.hits()).extracting(JobHits.Hit::id)
                .containsExactlyInAnyOrderElementsOf(jobs("react", "python", "k8s", "logo", "node", "ml"));
        assertThat(verified.facets().paymentVerified()).isEqualTo(6L);
        assertThat(search.search(JobQuery.all()).facets().hasHires()).isZero();
    }

    @Test
    void posted_within_and_proposals_so_far() {
        var lastThreeDays = search.search(JobQuery.all().withPostedWithin(PostedWithin.THREE_DAYS));
        assertThat(lastThreeDays.hits()).extracting(JobHits.Hit::id)
                .containsExactlyInAnyOrderElementsOf(jobs("react", "python", "ml", "go"));
        assertThat(lastThreeDays.facets().posted()).containsEntry(PostedWithin.DAY, 2L)
                .containsEntry(PostedWithin.THREE_DAYS, 4L).containsEntry(PostedWithin.WEEK, 5L)
                .containsEntry(PostedWithin.MONTH, 7L);

        var fewProposals = search.search(JobQuery.all().withProposals(ProposalsBucket.FIVE_TO_10));
        assertThat(fewProposals.hits()).extracting(JobHits.Hit::id).containsExactly(ids.get("python"));
        assertThat(fewProposals.hits().getFirst().proposals()).isEqualTo(7);
        assertThat(fewProposals.facets().proposals()).containsEntry(ProposalsBucket.LESS_THAN_5, 6L)
                .containsEntry(ProposalsBucket.FIVE_TO_10, 1L).containsEntry(ProposalsBucket.TEN_TO_20, 1L)
                .containsEntry(ProposalsBucket.FIFTY_PLUS, 0L);
    }

    @Test
    void location_remote_country_and_distance() {
        var remote = search.search(JobQuery.all().withRemote(true));
        assertThat(remote.hits()).extracting(JobHits.Hit::id)
                .containsExactlyInAnyOrderElementsOf(jobs("react", "python", "node", "go", "translate"));
        assertThat(remote.facets().remote()).isEqualTo(5L);
        // Austria: remote from anywhere, or from a list with Austria.
        var austria = search.search(JobQuery.all().withCountry("AT"));
        assertThat(austria.hits()).extracting(JobHits.Hit::id)
                .containsExactlyInAnyOrderElementsOf(jobs("react", "python", "node", "go", "translate"));
        assertThat(austria.facets().countries()).containsEntry("AT", 5L).containsEntry("DE", 8L).containsEntry("CH", 4L);

        // Berlin–Hamburg is about 255 km, Berlin–Munich about 505 km.
        var berlin = new Near(52.52, 13.405, 100);
        assertThat(found(JobQuery.all().withNear(berlin))).isEqualTo(jobs("k8s"));
        assertThat(found(JobQuery.all().withNear(new Near(52.52, 13.405, 300)))).isEqualTo(jobs("k8s", "ml"));
        assertThat(found(JobQuery.all().withNear(new Near(52.52, 13.405, 500)))).isEqualTo(jobs("k8s", "ml"));
        assertThat(found(JobQuery.all().withNear(new Near(48.1351, 11.582, 10)))).isEqualTo(jobs("logo"));
        var hit = search.search(JobQuery.all().withNear(berlin)).hits().getFirst();
        assertThat(hit.location()).isEqualTo(JobLocation.onSite("Berlin", "DE", 50));
    }

    @Test
    void sort_orders_hold_and_pages_never_overlap() {
        assertThat(order(JobQuery.all().withSort(JobQuery.Sort.NEWEST).withPage(0, 50)))
                .containsExactlyElementsOf(list("react", "ml", "go", "python", "k8s", "logo", "node", "translate"));
        // Fixed budgets and top hourly rates, highest first (in minor units, currencies not converted).
        assertThat(order(JobQuery.all().withSort(JobQuery.Sort.BUDGET).withPage(0, 50)))
                .containsExactlyElementsOf(list("k8s", "go", "react", "translate", "logo", "ml", "python", "node"));
        // Relevance without text is newest first.
        assertThat(order(JobQuery.all().withPage(0, 50)))
                .isEqualTo(order(JobQuery.all().withSort(JobQuery.Sort.NEWEST).withPage(0, 50)));

        var pages = new java.util.ArrayList<JobId>();
        for (int offset = 0; offset < 8; offset += 3) {
            pages.addAll(order(JobQuery.all().withSort(JobQuery.Sort.NEWEST).withPage(offset, 3)));
        }
        assertThat(pages).containsExactlyElementsOf(order(JobQuery.all().withSort(JobQuery.Sort.NEWEST).withPage(0, 50)));
    }

    @Test
    void an_empty_result_suggests_which_filter_to_drop() {
        var none = search.search(JobQuery.all().withText("logo").withCategory("web-development")
                .withExperience(Set.of(ExperienceLevel.ENTRY, ExperienceLevel.INTERMEDIATE)));
        assertThat(none.total()).isZero();
        // Without the text: the two web jobs for entry or intermediate levels; without the category: the logo.
        assertThat(none.loosenings()).containsExactly(new JobHits.Loosening("text", 2),
                new JobHits.Loosening("category", 1));
        assertThat(search.search(JobQuery.all().withText("kubernetes")).loosenings()).isEmpty();
    }

    @Test
    void suggestions_complete_skills_and_titles_as_people_type() {
        var suggestions = search.suggest("pyth", 5);
        assertThat(suggestions.getFirst()).isEqualTo(new JobSuggestion("Python", "python"));
        assertThat(search.suggest("kuber", 5)).extracting(JobSuggestion::text).contains("Harden our Kubernetes cluster");
        assertThat(search.suggest("bake", 5)).extracting(JobSuggestion::text).containsExactly("Logo for a small bakery");
        assertThat(search.suggest("secr", 5)).isEmpty();
        assertThat(search.suggest("p", 5)).isEmpty();
    }

    @Test
    void invalid_queries_are_refused_per_field_and_page_size_is_capped() {
        assertThatThrownBy(() -> search.search(JobQuery.all().withCategory("nope").withBudget("USD", 500L, 100L)
                .withNear(new Near(95, 0, 0)).withPage(-1, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("category", "budget", "near", "radiusKm", "offset", "size"));
        assertThatThrownBy(() -> search.search(JobQuery.all().withSkills(List.of("no-such-skill"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(search.search(JobQuery.all().withPage(0, 500)).hits()).hasSize(PUBLIC_OPEN.size());
    }

    @Test
    void an_edited_job_is_found_by_its_new_words_and_a_closed_one_is_gone_right_after_the_commit() {
        TestAccounts.signInAs(users, otherClient);
        var translate = jobs.myJob(ids.get("translate")).orElseThrow();
        var content = translate.content();
        jobs.edit(translate.id(), new JobDraft("Translate our website to Portuguese", content.description(),
                content.categoryCode(), content.skills(), content.type(), content.budget(), content.rateMin(),
                content.rateMax(), content.experienceLevel(), content.duration(), content.location(), content.questions(),
                content.visibility(), content.attachments()));
        assertThat(found(JobQuery.all().withText("portuguese"))).isEqualTo(jobs("translate"));

        post("temporary", "Temporary Fortran job", "A job that closes again.", "web-development", List.of("docker"),
                fixed(700, "USD"), ExperienceLevel.ENTRY, JobLocation.anywhere());
        assertThat(found(JobQuery.all().withText("fortran"))).isEqualTo(jobs("temporary"));
        jobs.close(ids.get("temporary"), CloseReason.CANCELLED);
        assertThat(found(JobQuery.all().withText("fortran"))).isEmpty();
        ids.remove("temporary");
    }

    @Test
    void a_hire_marks_all_of_the_clients_jobs_as_from_a_client_who_hires() {
        TestAccounts.signInAs(users, otherClient);
        post("hired", "Small Docker fix", "Fix our compose file.", "devops-cloud", List.of("docker"),
                fixed(100, "USD"), ExperienceLevel.ENTRY, JobLocation.anywhere());
        TestAccounts.signOut();
        Long freelancer = jdbc.queryForObject("insert into account_user (email, display_name, password_hash, created_at) "
                + "values (?, 'Hired', 'x', now()) returning id", Long.class, TestAccounts.uniqueEmail("hired"));
        // The contracts module's accepting an offer, as far as jobs can tell: a proposal hired, then HireMade.
        TestAccounts.signInAs(users, otherClient);
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into proposal (job_id, freelancer_id, cover_letter, bid_minor, currency, state, submitted_at) "
                    + "values (?, ?, 'Hello', 10000, 'USD', 'HIRED', now())", ids.get("hired").value(), freelancer);
            events.publishEvent(new HireMade(ids.get("hired"), new UserId(freelancer)));
        });
        assertThat(found(JobQuery.all().withText("docker fix"))).isEmpty();
        var hires = search.search(JobQuery.all().withHasHires(true));
        assertThat(hires.hits()).extracting(JobHits.Hit::id).containsExactlyInAnyOrderElementsOf(jobs("go", "translate"));
        assertThat(hires.facets().hasHires()).isEqualTo(2L);
        ids.remove("hired");
    }
}
