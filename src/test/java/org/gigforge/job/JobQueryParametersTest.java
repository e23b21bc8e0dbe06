package org.gigforge.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigforge.job.JobQuery.Near;
import org.gigforge.job.JobQuery.PostedWithin;
import org.gigforge.job.JobQuery.ProposalsBucket;
import org.gigforge.job.JobQuery.Sort;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.InvalidInputException.Problem;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.Test;

/** A job search in the address and back: what the Find work page keeps in its URL and the JSON API reads. */
class JobQueryParametersTest {

    private static JobQuery roundTrip(JobQuery query) {
        var parsed = JobQueryParameters.parse(JobQueryParameters.format(query));
        assertThat(parsed.problems()).isEmpty();
        return parsed.query();
    }

    @Test
    void every_part_of_a_query_survives_the_round_trip() {
        var query = JobQuery.all()
                .withText("react dashboard")
                .withCategory("web-development")
                .withSkills(List.of("react", "node-js"))
                .withType(JobType.FIXED)
                .withBudget("EUR", 500L, 5_000L)
                .withRate("EUR", 20L, 60L)
                .withExperience(Set.of(ExperienceLevel.EXPERT, ExperienceLevel.ENTRY))
                .withPaymentVerified(true)
                .withHasHires(true)
                .withPostedWithin(PostedWithin.THREE_DAYS)
                .withRemote(true)
                .withCountry("DE")
                .withNear(new Near(52.52, 13.405, 80))
                .withProposals(ProposalsBucket.FIVE_TO_10)
                .withSort(Sort.BUDGET);

        assertThat(roundTrip(query)).isEqualTo(query);
        assertThat(roundTrip(query.withPage(40, 20))).isEqualTo(query.withPage(40, 20));
    }

    @Test
    void an_empty_search_has_an_empty_address_and_defaults_are_left_out() {
        assertThat(JobQueryParameters.format(JobQuery.all())).isEmpty();
        assertThat(roundTrip(JobQuery.all())).isEqualTo(JobQuery.all());
        // The currency matters only with an amount; the first page of the default size is not written.
        assertThat(JobQueryParameters.format(JobQuery.all().withBudget("EUR", null, null))).isEmpty();
        assertThat(JobQueryParameters.format(JobQuery.all().withBudget("EUR", 100L, null)))
                .containsExactly(Map.entry("currency", List.of("EUR")), Map.entry("budgetMin", List.of("100")));
    }

    @Test
    void values_are_written_as_readable_words_in_a_stable_order() {
        var query = JobQuery.all().withSort(Sort.NEWEST).withText(" logo ").withPostedWithin(PostedWithin.WEEK)
                .withType(JobType.HOURLY).withExperience(Set.of(ExperienceLevel.EXPERT, ExperienceLevel.INTERMEDIATE))
                .withNear(new Near(48.1351, 11.582, 30));
        assertThat(JobQueryParameters.format(query)).containsExactly(
                Map.entry("q", List.of("logo")),
                Map.entry("type", List.of("hourly")),
                Map.entry("experience", List.of("intermediate", "expert")),
                Map.entry("posted", List.of("week")),
                Map.entry("lat", List.of("48.1351")),
                Map.entry("lon", List.of("11.582")),
                Map.entry("radiusKm", List.of("30")),
                Map.entry("sort", List.of("newest")));
    }

    @Test
    void lists_may_repeat_the_parameter_or_use_commas_and_case_does_not_matter() {
        var parsed = JobQueryParameters.parse(Map.of(
                "skills", List.of("React,node-js", "react"),
                "experience", List.of("EXPERT", "entry"),
                "type", List.of("Fixed"),
                "country", List.of("de")));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.query().skills()).containsExactly("react", "node-js");
        assertThat(parsed.query().experience()).containsExactlyInAnyOrder(ExperienceLevel.EXPERT, ExperienceLevel.ENTRY);
        assertThat(parsed.query().type()).isEqualTo(JobType.FIXED);
        assertThat(parsed.query().country()).isEqualTo("DE");
    }

    @Test
    void pages_become_offsets_and_the_size_is_capped() {
        var parsed = JobQueryParameters.parse(Map.of("page", List.of("3"), "size", List.of("10")));
        assertThat(parsed.query().offset()).isEqualTo(30);
        assertThat(parsed.query().size()).isEqualTo(10);

        var huge = JobQueryParameters.parse(Map.of("size", List.of("100000000000")));
        assertThat(huge.problems()).isEmpty();
        assertThat(huge.query().size()).isEqualTo(JobSearchService.MAX_PAGE_SIZE);
        assertThat(JobQueryParameters.parse(Map.of("size", List.of("0"))).problems()).extracting(Problem::field)
                .containsExactly("size");
        assertThat(JobQueryParameters.parse(Map.of("page", List.of("100000"))).problems()).extracting(Problem::field)
                .containsExactly("page");
    }

    @Test
    void a_point_needs_both_coordinates_and_takes_a_default_radius() {
        var point = JobQueryParameters.parse(Map.of("lat", List.of("52.52"), "lon", List.of("13.405")));
        assertThat(point.query().near()).isEqualTo(new Near(52.52, 13.405, JobQueryParameters.DEFAULT_RADIUS_KM));
        assertThat(JobQueryParameters.parse(Map.of("lat", List.of("52.52"))).problems()).extracting(Problem::field)
                .containsExactly("lon");
        assertThat(JobQueryParameters.parse(Map.of("radiusKm", List.of("20"))).problems()).extracting(Problem::field)
                .containsExactly("lat");
    }

    @Test
    void every_unreadable_value_is_reported_under_its_parameter_and_left_out() {
        var parsed = JobQueryParameters.parse(Map.of(
                "budgetMin", List.of("lots"),
                "rateMin", List.of("-5"),
                "budgetMax", List.of("100"),
                "type", List.of("weekly"),
                "sort", List.of("cheapest"),
                "lat", List.of("95"),
                "lon", List.of("13"),
                "radiusKm", List.of("9000"),
                "verified", List.of("maybe"),
                "q", List.of("one", "two")));
        assertThat(parsed.problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("q", "budgetMin", "rateMin", "type", "verified", "lat", "radiusKm", "sort");
        assertThat(parsed.problems()).filteredOn(p -> p.field().equals("type")).first()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("fixed, hourly"));
        assertThat(parsed.query().budgetMax()).isEqualTo(100L);
        assertThat(parsed.query().type()).isNull();
        assertThat(parsed.query().near()).isNull();
        assertThatThrownBy(parsed::orThrow).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).hasSize(8));
    }

    @Test
    void an_inverted_range_is_refused_at_its_upper_end() {
        var parsed = JobQueryParameters.parse(Map.of("budgetMin", List.of("900"), "budgetMax", List.of("100")));
        assertThat(parsed.problems()).extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budgetMax", "search.amount.inverted"));
        assertThat(parsed.query().budgetMin()).isEqualTo(900L);
        assertThat(parsed.query().budgetMax()).isNull();
    }

    @Test
    void a_loosening_drops_exactly_its_part_and_goes_back_to_the_first_page() {
        var query = JobQuery.all().withText("logo").withBudget("EUR", 100L, 200L).withRate("EUR", 10L, 20L)
                .withRemote(true).withPage(40, 20);
        assertThat(query.without("pay")).isEqualTo(JobQuery.all().withText("logo").withBudget("EUR", null, null)
                .withRemote(true));
        assertThat(query.without("text").text()).isNull();
        assertThat(query.without("remote").remote()).isFalse();
        assertThatThrownBy(() -> query.without("colour")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void service_problems_point_at_the_parameters() {
        assertThat(JobQueryParameters.parameterOf("text")).isEqualTo("q");
        assertThat(JobQueryParameters.parameterOf("offset")).isEqualTo("page");
        assertThat(JobQueryParameters.parameterOf("category")).isEqualTo("category");
    }
}
