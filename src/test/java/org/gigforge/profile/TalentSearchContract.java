package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gigforge.TestAccounts;
import org.gigforge.TestFilesConfiguration;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.account.UserId;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.review.ReviewService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Talent search, proven the same way on every backend (the subclasses choose Lucene or a real OpenSearch node),
 * on a database of its own without demo data, with synchronous indexing so a write is searchable on return.
 * Ratings reach the index only through the reviews module's publication event, which the set-up goes through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = {
    "gigforge.database.embedded-port=0",
    "gigforge.database.embedded-persistent=false",
    "gigforge.demo-data.enabled=false",
    "jobrunr.background-job-server.enabled=false",
    "gigforge.files.store=local",
    "gigforge.files.local-dir=${java.io.tmpdir}/gigforge-test-files-${random.uuid}",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
    // Keeps this context apart from the job search suite's, whose counts assume a database of their own.
    "gigforge.search.elasticsearch.index-prefix=talent-search-test-"
})
@Import(TestFilesConfiguration.class)
abstract class TalentSearchContract {

    @Autowired TalentSearchService search;
    @Autowired ProfileService profiles;
    @Autowired AccountService accounts;
    @Autowired JobService jobs;
    @Autowired ReviewService reviews;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private final Map<String, UserId> ids = new LinkedHashMap<>();
    private final Map<String, String> emails = new LinkedHashMap<>();
    private String client;

    @BeforeEach
    void useThisContextsSecurity() {
        var strategy = context.getBean(SecurityContextHolderStrategy.class);
        if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        if (client != null) {
            TestAccounts.signInAs(users, client);
        }
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @BeforeAll
    void createProfiles() {
        useThisContextsSecurity();
        freelancer("newbie", "Kubernetes platform engineer", "I run production clusters: upgrades, network policies, "
                + "observability.", List.of("kubernetes", "docker"), Money.ofMajor(60, "USD"), ExperienceLevel.EXPERT,
                "Berlin", "DE", 30, true, List.of(new LanguageSkill("de", LanguageLevel.NATIVE),
                        new LanguageSkill("en", LanguageLevel.FLUENT)));
        freelancer("veteran", "Frontend developer", "Dashboards in JavaScript and React; once helped a team move to "
                + "Kubernetes.", List.of("javascript", "react"), Money.ofMajor(45, "USD"), ExperienceLevel.INTERMEDIATE,
                "Munich", "DE", 20, false, List.of(new LanguageSkill("en", LanguageLevel.FLUENT)));
        freelancer("designer", "Logo and brand designer", "Hand-drawn logos for cafés and bakeries.",
                List.of("logo-design", "brand-identity"), Money.ofMajor(30, "EUR"), ExperienceLevel.ENTRY, "Paris", "FR",
                10, true, List.of(new LanguageSkill("fr", LanguageLevel.NATIVE)));
        // Three freelancers who say the same: only their reviews tell them apart.
        for (String key : List.of("pythonstar", "pythonnew", "pythonpoor")) {
            freelancer(key, "Python data engineer", "Nightly pipelines and warehouses.", List.of("python",
                    "machine-learning"), Money.ofMajor(90, "USD"), ExperienceLevel.EXPERT, "New York", "US", 40, true,
                    List.of(new LanguageSkill("en", LanguageLevel.NATIVE)));
        }

        client = TestAccounts.uniqueEmail("talent.client");
        accounts.signUp(new SignUpRequest("Carla Client", client, "copper kettle mountain", Role.CLIENT));
        var clientId = TestAccounts.signInAs(users, client).userId();
        var job = jobs.post(JobDraft.of("Reviewed work", "Work that ended with reviews.", "web-development",
                List.of("javascript"), JobType.FIXED, Money.ofMajor(500, "USD"), null, null, ExperienceLevel.ENTRY,
                ProjectDuration.LESS_THAN_MONTH), true);
        TestAccounts.signOut();
        for (int i = 0; i < 6; i++) {
            sealedReview(job.id().value(), clientId, ids.get("pythonstar"), 5);
        }
        for (int i = 0; i < 5; i++) {
            sealedReview(job.id().value(), clientId, ids.get("veteran"), 5);
        }
        for (int i = 0; i < 4; i++) {
            sealedReview(job.id().value(), clientId, ids.get("pythonpoor"), 2);
        }
        // The reviews module publishes them (their window closed) and announces it: the profiles are reindexed.
        assertThat(reviews.publishWindowClosed(Instant.now())).isEqualTo(15);
    }

    private void freelancer(String key, String title, String overview, List<String> skills, Money rate,
            ExperienceLevel level, String city, String country, int hours, boolean available, List<LanguageSkill> languages) {
        String email = TestAccounts.uniqueEmail("talent." + key);
        accounts.signUp(new SignUpRequest("Talent " + key, email, "copper kettle mountain", Role.FREELANCER));
        ids.put(key, TestAccounts.signInAs(users, email).userId());
        emails.put(key, email);
        profiles.saveMyFreelancerProfile(new FreelancerProfileData(title, overview, skills, rate, level, city, country,
                hours, available, "", languages, List.of()));
        TestAccounts.signOut();
    }

    /** A sealed review whose window has closed, on an ended contract, as the reviews module stores it. */
    private void sealedReview(long job, UserId client, UserId freelancer, int overall) {
        Instant ended = Instant.now().minus(Duration.ofDays(20));
        Long offer = jdbc.queryForObject("""
                insert into contract_offer (job_id, client_id, freelancer_id, type, currency, message, state, sent_at)
                values (?, ?, ?, 'FIXED', 'USD', 'Offer', 'ACCEPTED', ?) returning id""", Long.class,
                job, client.value(), freelancer.value(), Timestamp.from(ended));
        Long contract = jdbc.queryForObject("""
                insert into contract (offer_id, job_id, client_id, freelancer_id, title, type, currency, state,
                    started_at, ended_at)
                values (?, ?, ?, ?, 'Reviewed work', 'FIXED', 'USD', 'COMPLETED', ?, ?) returning id""", Long.class,
                offer, job, client.value(), freelancer.value(), Timestamp.from(ended), Timestamp.from(ended));
        jdbc.update("""
                insert into review (contract_id, author_id, subject_id, overall, communication, quality, timeliness,
                    public_text, private_feedback, submitted_at, window_closes_at)
                values (?, ?, ?, ?, ?, ?, ?, 'Done.', '', ?, ?)""", contract, client.value(), freelancer.value(),
                overall, overall, overall, overall, Timestamp.from(ended), Timestamp.from(ended.plus(Duration.ofDays(14))));
    }

    private List<UserId> order(TalentQuery query) {
        return search.search(query).hits().stream().map(h -> h.card().userId()).toList();
    }

    private Set<UserId> found(TalentQuery query) {
        return new HashSet<>(order(query));
    }

    private Set<UserId> people(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).collect(Collectors.toSet());
    }

    @Test
    void typos_and_synonyms_find_what_clients_mean() {
        assertThat(found(TalentQuery.all().withText("kubernetse"))).isEqualTo(people("newbie", "veteran"));
        assertThat(found(TalentQuery.all().withText("k8s"))).isEqualTo(people("newbie", "veteran"));
        assertThat(found(TalentQuery.all().withText("pyhton"))).isEqualTo(people("pythonstar", "pythonnew", "pythonpoor"));
        assertThat(found(TalentQuery.all().withText("js"))).isEqualTo(people("veteran"));
        assertThat(found(TalentQuery.all().withText("cafe logos"))).isEqualTo(people("designer"));
        var hit = search.search(TalentQuery.all().withText("kubernetes")).hits().getFirst();
        assertThat(hit.card().name()).isEqualTo("Talent newbie");
        assertThat(hit.matchedTerms()).contains("kubernetes");
    }

    @Test
    void a_new_profile_with_a_strong_match_outranks_a_reviewed_one_with_a_weak_match() {
        // The veteran has five 5-star reviews but mentions Kubernetes only in passing; the newcomer has none.
        assertThat(order(TalentQuery.all().withText("kubernetes")))
                .containsExactly(ids.get("newbie"), ids.get("veteran"));
    }

    @Test
    void among_equal_matches_reviews_order_and_no_reviews_ranks_at_the_prior() {
        // Same text: the well reviewed first, the new one in the middle (the prior), the poorly reviewed last.
        var expected = List.of(ids.get("pythonstar"), ids.get("pythonnew"), ids.get("pythonpoor"));
        assertThat(order(TalentQuery.all().withText("python data engineer"))).containsExactlyElementsOf(expected);
        assertThat(order(TalentQuery.all().withSkills(List.of("python")).withSort(TalentQuery.Sort.RATING)))
                .containsExactlyElementsOf(expected);
        var hits = search.search(TalentQuery.all().withSkills(List.of("python"))).hits();
        assertThat(hits.getFirst().reviewCount()).isEqualTo(6);
        assertThat(hits.getFirst().averageRating()).isEqualTo(5.0);
        assertThat(hits.get(1).reviewCount()).isZero();
        assertThat(hits.get(2).averageRating()).isEqualTo(2.0);
    }

    @Test
    void each_filter_narrows_and_its_facet_counts_ignore_it() {
        var python = search.search(TalentQuery.all().withSkills(List.of("python")));
        assertThat(python.total()).isEqualTo(3);
        assertThat(python.facets().skills()).containsEntry("python", 3L).containsEntry("kubernetes", 1L)
                .containsEntry("logo-design", 1L);
        assertThat(python.facets().countries()).containsOnly(Map.entry("US", 3L));

        var rate = search.search(TalentQuery.all().withRate("USD", 50L, 100L));
        assertThat(rate.hits()).extracting(h -> h.card().userId())
                .containsExactlyInAnyOrderElementsOf(people("newbie", "pythonstar", "pythonnew", "pythonpoor"));
        assertThat(rate.facets().rates()).containsEntry(new TalentHits.RateRange(25, 50L), 1L)
                .containsEntry(new TalentHits.RateRange(50, 100L), 4L).containsEntry(new TalentHits.RateRange(0, 25L), 0L);
        // The designer charges in euros: never converted.
        assertThat(found(TalentQuery.all().withRate("EUR", 20L, 40L))).isEqualTo(people("designer"));

        var experts = search.search(TalentQuery.all().withExperience(Set.of(ExperienceLevel.EXPERT)));
        assertThat(experts.total()).isEqualTo(4);
        assertThat(experts.facets().experience()).containsEntry(ExperienceLevel.EXPERT, 4L)
                .containsEntry(ExperienceLevel.INTERMEDIATE, 1L).containsEntry(ExperienceLevel.ENTRY, 1L);

        var available = search.search(TalentQuery.all().withAvailability(true, 30));
        assertThat(available.hits()).extracting(h -> h.card().userId())
                .containsExactlyInAnyOrderElementsOf(people("newbie", "pythonstar", "pythonnew", "pythonpoor"));

        var german = search.search(TalentQuery.all().withLanguages(List.of("de")));
        assertThat(german.hits()).extracting(h -> h.card().userId()).containsExactly(ids.get("newbie"));
        assertThat(german.facets().languages()).containsEntry("en", 5L).containsEntry("de", 1L).containsEntry("fr", 1L);

        var germany = search.search(TalentQuery.all().withCountry("DE"));
        assertThat(germany.total()).isEqualTo(2);
        assertThat(germany.facets().countries()).containsEntry("US", 3L).containsEntry("DE", 2L).containsEntry("FR", 1L);
    }

    @Test
    void rating_filter_counts_only_real_reviews() {
        var rated = search.search(TalentQuery.all().withMinRating(4.5));
        assertThat(rated.hits()).extracting(h -> h.card().userId())
                .containsExactlyInAnyOrderElementsOf(people("pythonstar", "veteran"));
        assertThat(rated.facets().ratings()).containsEntry(4.5, 2L).containsEntry(4.0, 2L).containsEntry(3.0, 2L);
        assertThat(found(TalentQuery.all().withMinRating(1.0))).isEqualTo(people("pythonstar", "veteran", "pythonpoor"));
    }

    @Test
    void distance_and_time_zone_filters() {
        var berlin = new TalentQuery.Near(52.52, 13.405, 100);
        var near = search.search(TalentQuery.all().withNear(berlin));
        assertThat(near.hits()).extracting(h -> h.card().userId()).containsExactly(ids.get("newbie"));
        assertThat(near.hits().getFirst().distanceKm()).isLessThan(1.0);
        // Munich is about 500 km from Berlin, Paris about 880 km.
        assertThat(found(TalentQuery.all().withNear(new TalentQuery.Near(52.52, 13.405, 600))))
                .isEqualTo(people("newbie", "veteran"));
        var europe = search.search(TalentQuery.all().withUtcOffset(0, 2));
        assertThat(europe.hits()).extracting(h -> h.card().userId())
                .containsExactlyInAnyOrderElementsOf(people("newbie", "veteran", "designer"));
        assertThat(europe.facets().utcOffsets()).containsEntry(1, 3L).containsEntry(-5, 3L);
    }

    @Test
    void pages_are_stable_and_never_overlap() {
        var seen = new java.util.ArrayList<UserId>();
        for (int offset = 0; offset < 6; offset += 2) {
            seen.addAll(order(TalentQuery.all().withPage(offset, 2)));
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids.values());
        assertThat(order(TalentQuery.all().withSort(TalentQuery.Sort.RATE_LOW)).getFirst()).isEqualTo(ids.get("designer"));
    }

    @Test
    void an_edited_profile_is_found_by_its_new_words_right_after_saving() {
        TestAccounts.signInAs(users, emails.get("designer"));
        var data = profiles.myFreelancerProfile().orElseThrow();
        profiles.saveMyFreelancerProfile(new FreelancerProfileData("Logo and packaging designer", data.overview(),
                data.skills(), data.hourlyRate(), data.experienceLevel(), data.city(), data.countryCode(),
                data.hoursPerWeek(), data.availableNow(), data.timeZone(), data.languages(), data.employment()));
        TestAccounts.signInAs(users, client);
        assertThat(found(TalentQuery.all().withText("packaging"))).isEqualTo(people("designer"));
    }

    @Test
    void an_empty_result_suggests_which_filter_to_drop() {
        var none = search.search(TalentQuery.all().withText("kubernetes").withCountry("FR"));
        assertThat(none.total()).isZero();
        assertThat(none.loosenings()).extracting(TalentHits.Loosening::filter).containsExactly("country", "text");
    }

    @Test
    void invalid_queries_are_refused_per_field_and_visitors_may_not_search() {
        assertThatThrownBy(() -> search.search(TalentQuery.all().withRate("USD", 80L, 20L)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("rate"));
        assertThatThrownBy(() -> search.search(TalentQuery.all().withSkills(List.of("no-such-skill"))
                .withLanguages(List.of("xx")).withMinRating(6.0).withUtcOffset(3, 1).withPage(-1, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("skills", "languages", "minRating", "utcOffset", "offset", "size"));
        TestAccounts.signOut();
        assertThatThrownBy(() -> search.search(TalentQuery.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
