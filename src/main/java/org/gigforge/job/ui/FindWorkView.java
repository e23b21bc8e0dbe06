package org.gigforge.job.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gigforge.account.Role;
import org.gigforge.job.JobHits;
import org.gigforge.job.JobHits.Hit;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.SavedSearchService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Taxonomy;

/**
 * Job search for visitors and freelancers: words with typos forgiven and suggestions while typing, filters whose
 * counts follow every change, three sort orders, results loaded while scrolling in a stable order. The address
 * holds the whole search ({@link JobQueryParameters}), so it can be shared and the back button steps through the
 * filters; typing replaces the current entry instead of adding one per letter.
 */
@Route("work")
@AnonymousAllowed
@Menu(title = "nav.find-work", order = 10, icon = "vaadin:search")
@StyleSheet("styles/search.css")
public class FindWorkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "work";
    /** Narrower windows start with the filters folded away. */
    static final int WIDE_WINDOW_PX = 900;

    private final transient JobSearchService search;
    private final transient Taxonomy taxonomy;
    private final transient Clock clock;
    private final transient AuthenticationContext authentication;

    private final JobSearchBox box;
    private final JobSearchFilters filters;
    private final Details filterPanel;
    private final Select<JobQuery.Sort> sort = new Select<>();
    private final Span count = new Span();
    private final Div empty = new Div();
    private final VirtualList<Hit> hits = new VirtualList<>();
    private JobQuery query = JobQuery.all();
    private boolean showing;

    FindWorkView(JobSearchService search, SavedSearchService savedSearches, Taxonomy taxonomy, Clock clock,
            AuthenticationContext authentication) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.authentication = authentication;
        addClassNames("gf-page", "gf-find-work");
        setId("find-work");

        // A chosen skill replaces the letters typed to find it.
        box = new JobSearchBox(search, text -> replace(query.withText(text)), skill -> go(q -> q.withText(null)
                .withSkills(q.skills().contains(skill) ? q.skills() : concat(q.skills(), skill))));
        filters = new JobSearchFilters(taxonomy, this::go);
        filterPanel = new Details(getTranslation("search.filters"), filters);
        filterPanel.addClassName("gf-filter-panel");
        filterPanel.setId("filter-panel");

        sort.setId("search-sort");
        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(JobQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.name()));
        sort.setValue(JobQuery.Sort.RELEVANCE);
        sort.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                go(q -> q.withSort(e.getValue()));
            }
        });

        count.setId("search-count");
        count.addClassName("gf-muted");
        var bar = new Div(count);
        if (authentication.hasRole(Role.Names.FREELANCER)) {
            // Saved searches raise alerts for new matching jobs; only freelancers apply, so only they get them.
            bar.add(new SaveSearchButton(savedSearches, () -> query));
        }
        bar.add(sort);
        bar.addClassName("gf-results-bar");

        empty.setId("search-empty");
        empty.addClassName("gf-empty-state");
        empty.setVisible(false);

        hits.setId("search-hits");
        hits.addClassName("gf-hit-list");
        hits.setRenderer(new ComponentRenderer<>(this::card));

        var results = new Div(box, bar, empty, hits);
        results.addClassName("gf-search-results");
        var layout = new Div(filterPanel, results);
        layout.addClassName("gf-search");

        add(new ViewHeader(getTranslation("nav.find-work"), getTranslation("work.lead")), layout);
        setSizeFull();
        setFlexGrow(1, layout);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().retrieveExtendedClientDetails(details ->
                filterPanel.setOpened(details.getWindowInnerWidth() >= WIDE_WINDOW_PX));
    }

    /** The search comes from the address: on arrival, on a shared link, and on back and forward. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = JobQueryParameters.parse(event.getLocation().getQueryParameters().getParameters());
        show(parsed.query().withPage(0, JobQuery.DEFAULT_SIZE));
    }

    /** A change of filters or sort: a new entry in the history, which then shows it. */
    private void go(UnaryOperator<JobQuery> change) {
        JobQuery next = change.apply(query).withPage(0, JobQuery.DEFAULT_SIZE);
        box.hideSuggestions();
        UI.getCurrent().navigate(FindWorkView.class, parameters(next));
    }

    /** Typing: the results follow at once, and the current history entry takes the words. */
    private void replace(JobQuery next) {
        show(next);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, parameters(query)));
    }

    private static QueryParameters parameters(JobQuery q) {
        return new QueryParameters(JobQueryParameters.format(q));
    }

    private void show(JobQuery wanted) {
        JobQuery shown = wanted;
        JobHits first;
        try {
            first = search.search(shown);
        } catch (InvalidInputException unknownValues) {
            // A hand-edited address naming a category, skill or country we do not have: search without them.
            shown = withoutProblems(shown, unknownValues);
            first = search.search(shown);
        }
        query = shown;
        showing = true;
        try {
            box.show(shown.text());
            sort.setValue(shown.sort());
            filters.show(shown, first.facets());
        } finally {
            showing = false;
        }
        int active = JobSearchFilters.active(shown);
        filterPanel.setSummaryText(active == 0 ? getTranslation("search.filters")
                : getTranslation("search.filters.active", active));
        count.setText(getTranslation("search.count", first.total()));
        showEmpty(first);
        hits.setVisible(first.total() > 0);
        var results = new Results(search, shown, first);
        hits.setDataProvider(DataProvider.fromCallbacks(results::fetch, results::count));
    }

    private void showEmpty(JobHits found) {
        empty.removeAll();
        empty.setVisible(found.total() == 0);
        if (found.total() > 0) {
            return;
        }
        empty.add(new H2(getTranslation("search.empty.title")));
        if (found.loosenings().isEmpty()) {
            empty.add(new Paragraph(getTranslation("search.empty.none")));
            return;
        }
        empty.add(new Paragraph(getTranslation("search.empty.lead")));
        var options = new Div();
        options.addClassName("gf-loosenings");
        for (JobHits.Loosening loosening : found.loosenings()) {
            var button = new Button(getTranslation("search.loosen", getTranslation("search.part." + loosening.filter()),
                    loosening.total()), e -> go(q -> q.without(loosening.filter())));
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
            button.addClassName("gf-loosening");
            button.setId("loosen-" + loosening.filter());
            options.add(button);
        }
        empty.add(options);
    }

    private Component card(Hit hit) {
        Button apply = null;
        if (authentication.hasRole(Role.Names.FREELANCER)) {
            // The apply page belongs to the proposals module; a route string keeps the modules apart.
            apply = new Button(getTranslation("job.apply"),
                    e -> getUI().ifPresent(ui -> ui.navigate("jobs/" + hit.id() + "/apply")));
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            apply.addClassName("gf-apply");
            apply.setId("apply-" + hit.id());
        }
        return new JobHitCard(hit, query, taxonomy, clock.instant(), apply);
    }

    private static JobQuery withoutProblems(JobQuery q, InvalidInputException problems) {
        JobQuery fixed = q;
        for (var problem : problems.problems()) {
            String part = switch (problem.field()) {
                case "text", "category", "skills", "country", "near" -> problem.field();
                case "radiusKm" -> "near";
                case "currency", "budget", "rate" -> "pay";
                default -> null;
            };
            if (part != null) {
                fixed = fixed.without(part);
            }
        }
        return fixed.equals(q) ? JobQuery.all() : fixed;
    }

    private static List<String> concat(List<String> list, String more) {
        var all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.find-work") + " · Gigforge";
    }

    /**
     * The hits of one search, page by page as the list scrolls. The first page comes with the search that counted
     * the total and the facets; later pages ask again with an offset, in the same stable order.
     */
    private record Results(JobSearchService search, JobQuery query, JobHits first) {

        /** Pages deeper than the search allows are not offered. */
        int count(Query<Hit, Void> ignored) {
            return (int) Math.min(first.total(), JobSearchService.MAX_OFFSET + (long) JobSearchService.MAX_PAGE_SIZE);
        }

        Stream<Hit> fetch(Query<Hit, Void> page) {
            int offset = page.getOffset();
            int limit = page.getLimit();
            var found = new ArrayList<Hit>();
            if (offset == 0 && limit <= first.hits().size()) {
                return first.hits().subList(0, limit).stream();
            }
            while (found.size() < limit) {
                int at = offset + found.size();
                int size = Math.min(JobSearchService.MAX_PAGE_SIZE, limit - found.size());
                if (at > JobSearchService.MAX_OFFSET) {
                    break;
                }
                var hits = search.search(query.withPage(at, size)).hits();
                found.addAll(hits);
                if (hits.size() < size) {
                    break;
                }
            }
            return found.stream();
        }
    }
}
