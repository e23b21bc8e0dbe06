package org.gigforge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobId;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.JobVisibility;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/v1/jobs} through the whole security filter chain, as an anonymous caller. */
@GigforgeTest
class JobSearchApiTest {

    @Autowired WebApplicationContext context;
    @Autowired JobSearchService search;
    @Autowired JobService jobs;
    @Autowired UserDetailsService users;

    private MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void answers_anonymous_callers_with_hits_facets_and_the_total() throws Exception {
        var expected = search.search(JobQuery.all().withText("shopify").withType(JobType.FIXED).withPage(0, 5));
        assertThat(expected.total()).isPositive();

        api.perform(get("/api/v1/jobs").param("q", "shopify").param("type", "fixed").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.total").value(expected.total()))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.hits", hasSize(expected.hits().size())))
                .andExpect(jsonPath("$.hits[0].id").value(expected.hits().getFirst().id().value()))
                .andExpect(jsonPath("$.hits[0].title").value(expected.hits().getFirst().title()))
                .andExpect(jsonPath("$.hits[0].path").value(org.hamcrest.Matchers.startsWith("/jobs/")))
                .andExpect(jsonPath("$.hits[0].snippet").isString())
                .andExpect(jsonPath("$.hits[0].skills").isArray())
                .andExpect(jsonPath("$.hits[*].type", everyItem(is("fixed"))))
                .andExpect(jsonPath("$.hits[0].budget.amount").isNumber())
                .andExpect(jsonPath("$.hits[0].budget.currency").isString())
                .andExpect(jsonPath("$.hits[0].rateMin").doesNotExist())
                .andExpect(jsonPath("$.hits[0].location.kind", oneOf("anywhere", "countries", "on-site")))
                .andExpect(jsonPath("$.hits[0].postedAt").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
                .andExpect(jsonPath("$.hits[0].score").isNumber())
                .andExpect(jsonPath("$.hits[0].matchedTerms", org.hamcrest.Matchers.hasItem("shopify")))
                .andExpect(jsonPath("$.facets.types.fixed").value(expected.facets().types().get(JobType.FIXED)))
                .andExpect(jsonPath("$.facets.categories['web-development']")
                        .value(expected.facets().categories().get("web-development")))
                .andExpect(jsonPath("$.facets.budgets", hasSize(5)))
                .andExpect(jsonPath("$.facets.budgets[0].min").value(0))
                .andExpect(jsonPath("$.facets.posted['three-days']").exists())
                .andExpect(jsonPath("$.facets.proposals['less-than-5']").exists())
                .andExpect(jsonPath("$.loosenings", hasSize(0)));
    }

    @Test
    void pages_are_stable_and_the_page_size_is_capped() throws Exception {
        long total = search.search(JobQuery.all()).total();
        assertThat(total).isGreaterThan(JobSearchService.MAX_PAGE_SIZE);
        api.perform(get("/api/v1/jobs").param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(JobSearchService.MAX_PAGE_SIZE))
                .andExpect(jsonPath("$.hits", hasSize(JobSearchService.MAX_PAGE_SIZE)))
                .andExpect(jsonPath("$.total").value(total));

        var second = search.search(JobQuery.all().withSort(JobQuery.Sort.NEWEST).withPage(3, 3)).hits();
        api.perform(get("/api/v1/jobs").param("sort", "newest").param("page", "1").param("size", "3"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.hits[*].id", org.hamcrest.Matchers.contains(
                        second.stream().map(hit -> (int) hit.id().value()).toArray())));
    }

    @Test
    void invalid_parameters_get_problem_details_naming_each_parameter() throws Exception {
        api.perform(get("/api/v1/jobs").param("budgetMin", "lots").param("type", "weekly").param("lat", "95")
                        .param("lon", "13").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:gigforge:problem:invalid-parameters"))
                .andExpect(jsonPath("$.title").value("Invalid search parameters"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/v1/jobs"))
                .andExpect(jsonPath("$.detail").value(notNullValue()))
                .andExpect(jsonPath("$.errors[*].parameter", containsInAnyOrder("budgetMin", "type", "lat", "size")))
                .andExpect(jsonPath("$.errors[?(@.parameter == 'type')].message").value("Choose one of: fixed, hourly."))
                .andExpect(jsonPath("$.errors[?(@.parameter == 'budgetMin')].message").value("Enter a whole number."));

        // Values the taxonomy does not know are refused by the search service, under the same parameter names.
        api.perform(get("/api/v1/jobs").param("category", "no-such-category").param("q", "x".repeat(201))
                        .header("Accept-Language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Suchparameter"))
                .andExpect(jsonPath("$.errors[*].parameter", containsInAnyOrder("q", "category")));
    }

    @Test
    void invite_only_drafts_and_closed_jobs_are_never_returned() throws Exception {
        String word = uniqueWord();
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        JobId open = post("Public " + word + " landing page", JobVisibility.PUBLIC, true);
        post("Invited-only " + word + " landing page", JobVisibility.INVITE_ONLY, true);
        post("Draft " + word + " landing page", JobVisibility.PUBLIC, false);
        JobId closed = post("Closed " + word + " landing page", JobVisibility.PUBLIC, true);
        jobs.close(closed, org.gigforge.job.CloseReason.CANCELLED);
        TestAccounts.signOut();

        api.perform(get("/api/v1/jobs").param("q", word))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[*].id", org.hamcrest.Matchers.contains((int) open.value())));
    }

    @Test
    void nothing_else_under_the_api_is_open_and_no_session_is_made() throws Exception {
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/jobs")).andExpect(status().isForbidden());
        api.perform(get("/api/v1/contracts")).andExpect(status().isForbidden());
    }

    private JobId post(String title, JobVisibility visibility, boolean publish) {
        var draft = new JobDraft(title, "A landing page for our product launch, with a sign-up form.", "web-development",
                List.of("html5"), JobType.FIXED, Money.ofMajor(600, "USD"), null, null, ExperienceLevel.INTERMEDIATE,
                ProjectDuration.LESS_THAN_MONTH, JobLocation.anywhere(), List.of(), visibility, List.of());
        return jobs.post(draft, publish).id();
    }

    /** A made-up word no other job has, not even within two typos. */
    private static String uniqueWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
