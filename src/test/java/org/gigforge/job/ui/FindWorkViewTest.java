package org.gigforge.job.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.job.JobHits;
import org.gigforge.job.JobHits.Hit;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobType;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.Taxonomy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Find work: full text, facet counts that follow every change, the search kept in the address, loosening. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class FindWorkViewTest extends SpringBrowserlessTest {

    @Autowired JobSearchService search;
    @Autowired Taxonomy taxonomy;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void typing_words_updates_the_hits_the_counts_and_the_suggestions() {
        navigate(FindWorkView.class);
        long everything = search.search(JobQuery.all()).total();
        assertThat(count()).isEqualTo(everything + " jobs found");
        assertThat(test(hitList()).size()).isEqualTo((int) everything);

        test(find(TextField.class).id("search-text")).setValue("shopify");

        JobHits expected = search.search(JobQuery.all().withText("shopify"));
        assertThat(expected.total()).isPositive().isLessThan(everything);
        assertThat(count()).isEqualTo(expected.total() + (expected.total() == 1 ? " job found" : " jobs found"));
        assertThat(test(hitList()).size()).isEqualTo((int) expected.total());
        assertThat(test(hitList()).getItem(0).id()).isEqualTo(expected.hits().getFirst().id());
        // The category counts are those of the typed words now.
        var web = taxonomy.category("web-development").orElseThrow();
        assertThat(categoryFilter().getItemLabelGenerator().apply(web))
                .isEqualTo("Web Development (" + expected.facets().categories().getOrDefault("web-development", 0L) + ")");
        assertThat(find(Checkbox.class).id("filter-remote").getLabel())
                .isEqualTo("Remote only (" + expected.facets().remote() + ")");
        // Suggestions for what was typed: the skill first.
        var suggestions = find(Div.class).id("search-suggestions");
        assertThat(suggestions.isVisible()).isTrue();
        assertThat(find(Button.class).from(suggestions).all()).first()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Shopify"));
        // Typing replaces the history entry: it is not a navigation of its own.
        assertThat(parameters()).isEmpty();
    }

    @Test
    void a_skill_suggestion_becomes_a_skill_filter() {
        navigate(FindWorkView.class);
        test(find(TextField.class).id("search-text")).setValue("kuber");
        var suggestion = find(Button.class).from(find(Div.class).id("search-suggestions")).all().getFirst();
        assertThat(suggestion.getText()).isEqualTo("Kubernetes");

        test(suggestion).click();

        assertThat(parameters()).containsExactly(Map.entry("skills", List.of("kubernetes")));
        assertThat(find(TextField.class).id("search-text").getValue()).isEmpty();
        assertThat(test(hitList()).size())
                .isEqualTo((int) search.search(JobQuery.all().withSkills(List.of("kubernetes"))).total());
    }

    @Test
    void a_filter_click_narrows_the_hits_and_goes_into_the_address() {
        navigate(FindWorkView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> type = find(RadioButtonGroup.class).id("filter-type");
        long fixed = search.search(JobQuery.all()).facets().types().get(JobType.FIXED);
        assertThat(type.getItemLabelGenerator().apply("fixed")).isEqualTo("Fixed price (" + fixed + ")");

        test(type).selectItem("Fixed price (" + fixed + ")");

        assertThat(parameters()).containsExactly(Map.entry("type", List.of("fixed")));
        assertThat(count()).isEqualTo(fixed + " jobs found");
        var rows = test(hitList());
        assertThat(IntStream.range(0, rows.size()).mapToObj(rows::getItem)).extracting(Hit::type).containsOnly(JobType.FIXED);
        // Type's own counts still show what the other choice would find; the panel says one filter is on.
        assertThat(type.getItemLabelGenerator().apply("hourly")).startsWith("By the hour (").doesNotEndWith("(0)");
        assertThat(find(Details.class).id("filter-panel").getSummaryText()).isEqualTo("Filters (1)");

        // A budget range adds to it; the sort too.
        test(find(Button.class).id("filter-budget-range-1")).click();
        assertThat(parameters()).containsEntry("budgetMin", List.of("100")).containsEntry("budgetMax", List.of("499"));
        @SuppressWarnings("unchecked")
        Select<JobQuery.Sort> sort = find(Select.class).id("search-sort");
        test(sort).selectItem("Highest pay");
        assertThat(parameters()).containsEntry("sort", List.of("budget")).containsEntry("type", List.of("fixed"));
        var sorted = test(hitList());
        assertThat(IntStream.range(0, sorted.size()).mapToObj(i -> sorted.getItem(i).budget().minorUnits()).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .allMatch(minor -> minor >= 10_000 && minor <= 49_900);
    }

    @Test
    void an_address_with_parameters_restores_the_search() {
        UI.getCurrent().navigate("work", QueryParameters.fromString(
                "q=website&category=web-development&type=fixed&experience=expert&experience=intermediate&sort=newest"));

        assertThat(getCurrentView()).isInstanceOf(FindWorkView.class);
        assertThat(find(TextField.class).id("search-text").getValue()).isEqualTo("website");
        assertThat(categoryFilter().getValue()).extracting(Category::code).isEqualTo("web-development");
        assertThat(find(RadioButtonGroup.class).id("filter-type").getValue()).isEqualTo("fixed");
        assertThat(find(Select.class).id("search-sort").getValue()).isEqualTo(JobQuery.Sort.NEWEST);
        assertThat(find(Details.class).id("filter-panel").getSummaryText()).isEqualTo("Filters (3)");

        var query = JobQuery.all().withText("website").withCategory("web-development").withType(JobType.FIXED)
                .withExperience(java.util.Set.of(org.gigforge.taxonomy.ExperienceLevel.EXPERT,
                        org.gigforge.taxonomy.ExperienceLevel.INTERMEDIATE))
                .withSort(JobQuery.Sort.NEWEST);
        assertThat(test(hitList()).size()).isEqualTo((int) search.search(query).total());

        // A value the taxonomy does not have is left out instead of failing the page.
        UI.getCurrent().navigate("work", QueryParameters.fromString("category=no-such-thing&type=hourly"));
        assertThat(categoryFilter().getValue()).isNull();
        assertThat(find(RadioButtonGroup.class).id("filter-type").getValue()).isEqualTo("hourly");
    }

    @Test
    void an_empty_result_offers_to_loosen_a_filter_and_one_click_does_it() {
        UI.getCurrent().navigate("work", QueryParameters.fromString("category=design-creative&skills=kubernetes"));

        assertThat(count()).isEqualTo("No jobs found");
        assertThat(find(Div.class).id("search-empty").isVisible()).isTrue();
        var loosen = find(Button.class).id("loosen-category");
        long withoutCategory = search.search(JobQuery.all().withSkills(List.of("kubernetes"))).total();
        assertThat(loosen.getText()).isEqualTo("Any category (" + withoutCategory + " jobs)");

        test(loosen).click();

        assertThat(parameters()).containsExactly(Map.entry("skills", List.of("kubernetes")));
        assertThat(test(hitList()).size()).isEqualTo((int) withoutCategory);
        assertThat(find(Div.class).withId("search-empty").exists()).isFalse();
    }

    @Test
    void each_hit_says_why_it_was_found_and_freelancers_may_apply() {
        UI.getCurrent().navigate("work", QueryParameters.fromString("q=shopify&type=fixed"));
        assertThat(find(Button.class).withClassName("gf-apply").exists()).isFalse();

        var first = test(hitList()).getItemComponent(0);
        var why = find(Details.class).from(first).withClassName("gf-why").single();
        String reasons = String.join(" | ", find(com.vaadin.flow.component.html.Paragraph.class).from(why).all().stream()
                .map(p -> p.getText()).toList()) + " | " + String.join(" | ",
                find(com.vaadin.flow.component.html.ListItem.class).from(why).all().stream().map(li -> li.getText()).toList());
        assertThat(reasons).contains("It matched the words: shopify", "Job type: Fixed price");

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        navigate(FindWorkView.class);
        var card = test(hitList()).getItemComponent(0);
        assertThat(find(Button.class).from(card).withClassName("gf-apply").single().getText()).isEqualTo("Apply");
    }

    @SuppressWarnings("unchecked")
    private VirtualList<Hit> hitList() {
        return find(VirtualList.class).id("search-hits");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Category> categoryFilter() {
        return find(ComboBox.class).id("filter-category");
    }

    private String count() {
        return find(Span.class).id("search-count").getText();
    }

    private static Map<String, List<String>> parameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }
}
