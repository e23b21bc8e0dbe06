package org.gigforge.job.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gigforge.job.JobHits.AmountRange;
import org.gigforge.job.JobHits.Facets;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobQuery.Near;
import org.gigforge.job.JobQuery.PostedWithin;
import org.gigforge.job.JobQuery.ProposalsBucket;
import org.gigforge.job.JobQueryParameters;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * The filters of job search, each choice with how many jobs it would find (the facet counts, which follow every
 * change). Showing a query sets the fields without reacting; a change by the person reports how the query
 * changes, and the page takes it from there.
 */
class JobSearchFilters extends Composite<Div> {

    private static final String ANY = "";
    private static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);

    private final Taxonomy taxonomy;
    private final Consumer<UnaryOperator<JobQuery>> onChange;
    private JobQuery query = JobQuery.all();
    private @Nullable Facets facets;
    private boolean showing;

    private final ComboBox<Category> category = new ComboBox<>();
    private final List<Skill> skillItems;
    private final ListDataProvider<Skill> skillData;
    private final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();
    private final RadioButtonGroup<String> type = new RadioButtonGroup<>();
    private final Select<String> currency = new Select<>();
    private final IntegerField budgetMin = amountField("search.min", "budget-min");
    private final IntegerField budgetMax = amountField("search.max", "budget-max");
    private final Div budgetRanges = new Div();
    private final IntegerField rateMin = amountField("search.min", "rate-min");
    private final IntegerField rateMax = amountField("search.max", "rate-max");
    private final Div rateRanges = new Div();
    private final CheckboxGroup<ExperienceLevel> experience = new CheckboxGroup<>();
    private final Checkbox paymentVerified = new Checkbox();
    private final Checkbox hasHires = new Checkbox();
    private final RadioButtonGroup<String> posted = new RadioButtonGroup<>();
    private final Checkbox remote = new Checkbox();
    private final List<String> countryItems;
    private final ListDataProvider<String> countryData;
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<Place> near = new ComboBox<>();
    private final Select<Integer> radius = new Select<>();
    private final RadioButtonGroup<String> proposals = new RadioButtonGroup<>();

    JobSearchFilters(Taxonomy taxonomy, Consumer<UnaryOperator<JobQuery>> onChange) {
        this.taxonomy = taxonomy;
        this.onChange = onChange;
        var root = getContent();
        root.addClassName("gf-search-filters");
        root.setId("search-filters");

        category.setId("filter-category");
        category.setLabel(getTranslation("job.category"));
        category.setPlaceholder(getTranslation("job.all-categories"));
        category.setItems(List.copyOf(taxonomy.categories()));
        category.setItemLabelGenerator(c -> counted(c.name(getLocale()), count(f -> f.categories().getOrDefault(c.code(), 0L))));
        category.setClearButtonVisible(true);
        category.setWidthFull();
        category.addValueChangeListener(e -> change(q -> q.withCategory(e.getValue() == null ? null : e.getValue().code())));

        skillItems = new ArrayList<>(taxonomy.skills());
        skillData = new ListDataProvider<>(skillItems);
        skills.setId("filter-skills");
        skills.setLabel(getTranslation("job.skills"));
        skills.setPlaceholder(getTranslation("search.skills.placeholder"));
        skills.setItems(skillData);
        skills.setItemLabelGenerator(s -> counted(s.name(), count(f -> f.skills().get(s.slug()))));
        skills.setClearButtonVisible(true);
        skills.setWidthFull();
        skills.addValueChangeListener(e -> change(q -> q.withSkills(slugsInOrder(q.skills(), e.getValue()))));

        type.setId("filter-type");
        type.setLabel(getTranslation("search.type"));
        type.setItems(choices(JobType.class));
        type.setItemLabelGenerator(key -> key.isEmpty() ? getTranslation("search.any")
                : counted(getTranslation("job.type." + byWord(JobType.class, key).name()),
                        count(f -> f.types().getOrDefault(byWord(JobType.class, key), 0L))));
        type.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        type.addValueChangeListener(e -> change(q -> q.withType(byWord(JobType.class, e.getValue()))));

        currency.setId("filter-currency");
        currency.setLabel(getTranslation("search.currency"));
        currency.setItems(Money.PRICING_CURRENCIES);
        currency.setWidth("8em");
        currency.addValueChangeListener(e -> change(q -> q.withBudget(e.getValue(), q.budgetMin(), q.budgetMax())));
        budgetMin.addValueChangeListener(e -> change(q -> q.withBudget(q.currency(), whole(e.getValue()), q.budgetMax())));
        budgetMax.addValueChangeListener(e -> change(q -> q.withBudget(q.currency(), q.budgetMin(), whole(e.getValue()))));
        rateMin.addValueChangeListener(e -> change(q -> q.withRate(q.currency(), whole(e.getValue()), q.rateMax())));
        rateMax.addValueChangeListener(e -> change(q -> q.withRate(q.currency(), q.rateMin(), whole(e.getValue()))));
        budgetRanges.addClassName("gf-facet-ranges");
        budgetRanges.setId("filter-budget-ranges");
        rateRanges.addClassName("gf-facet-ranges");
        rateRanges.setId("filter-rate-ranges");

        experience.setId("filter-experience");
        experience.setLabel(getTranslation("search.experience"));
        experience.setItems(ExperienceLevel.values());
        experience.setItemLabelGenerator(level -> counted(getTranslation("experience." + level.name()),
                count(f -> f.experience().getOrDefault(level, 0L))));
        experience.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        experience.addValueChangeListener(e -> change(q -> q.withExperience(e.getValue())));

        paymentVerified.setId("filter-verified");
        paymentVerified.addValueChangeListener(e -> change(q -> q.withPaymentVerified(e.getValue())));
        hasHires.setId("filter-hires");
        hasHires.addValueChangeListener(e -> change(q -> q.withHasHires(e.getValue())));

        posted.setId("filter-posted");
        posted.setLabel(getTranslation("search.posted"));
        posted.setItems(choices(PostedWithin.class));
        posted.setItemLabelGenerator(key -> key.isEmpty() ? getTranslation("search.posted.any")
                : counted(getTranslation("search.posted." + byWord(PostedWithin.class, key).name()),
                        count(f -> f.posted().get(byWord(PostedWithin.class, key)))));
        posted.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        posted.addValueChangeListener(e -> change(q -> q.withPostedWithin(byWord(PostedWithin.class, e.getValue()))));

        remote.setId("filter-remote");
        remote.addValueChangeListener(e -> change(q -> q.withRemote(e.getValue())));
        countryItems = new ArrayList<>(List.of(Locale.getISOCountries()));
        countryData = new ListDataProvider<>(countryItems);
        country.setId("filter-country");
        country.setLabel(getTranslation("search.country"));
        country.setPlaceholder(getTranslation("search.country.any"));
        country.setItems(countryData);
        country.setItemLabelGenerator(code -> counted(countryName(code), count(f -> f.countries().get(code))));
        country.setClearButtonVisible(true);
        country.setWidthFull();
        country.addValueChangeListener(e -> change(q -> q.withCountry(e.getValue())));

        near.setId("filter-near");
        near.setLabel(getTranslation("search.near"));
        near.setPlaceholder(getTranslation("search.near.placeholder"));
        near.setItems(taxonomy.places());
        near.setItemLabelGenerator(Place::label);
        near.setClearButtonVisible(true);
        near.setWidthFull();
        near.addValueChangeListener(e -> change(q -> q.withNear(near(e.getValue(), radius.getValue()))));
        radius.setId("filter-radius");
        radius.setLabel(getTranslation("search.radius"));
        radius.setItems(RADII);
        radius.setItemLabelGenerator(km -> getTranslation("search.radius.km", km));
        radius.setValue(JobQueryParameters.DEFAULT_RADIUS_KM);
        radius.setWidth("9em");
        radius.addValueChangeListener(e -> {
            if (near.getValue() != null) {
                change(q -> q.withNear(near(near.getValue(), e.getValue())));
            }
        });

        proposals.setId("filter-proposals");
        proposals.setLabel(getTranslation("search.proposals"));
        proposals.setItems(choices(ProposalsBucket.class));
        proposals.setItemLabelGenerator(key -> key.isEmpty() ? getTranslation("search.any")
                : counted(getTranslation("search.proposals." + byWord(ProposalsBucket.class, key).name()),
                        count(f -> f.proposals().get(byWord(ProposalsBucket.class, key)))));
        proposals.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        proposals.addValueChangeListener(e -> change(q -> q.withProposals(byWord(ProposalsBucket.class, e.getValue()))));

        var clear = new Button(getTranslation("search.filters.clear"), e -> onChange.accept(q -> JobQuery.all()
                .withText(q.text()).withSort(q.sort())));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setId("filter-clear");

        var amounts = new Div(currency);
        amounts.addClassName("gf-filter-row");
        root.add(
                group(null, category, skills),
                group(null, type),
                group("search.budget", amounts, row(budgetMin, budgetMax), budgetRanges),
                group("search.rate", row(rateMin, rateMax), rateRanges),
                group(null, experience),
                group("search.client", paymentVerified, hasHires),
                group(null, posted),
                group("search.location", remote, country, row(near, radius)),
                group(null, proposals),
                clear);
    }

    /** Shows a query and the counts its search found; nothing is reported back. */
    void show(JobQuery shown, Facets counts) {
        this.query = shown;
        this.facets = counts;
        showing = true;
        try {
            // Labels first: rebuilding the choices of a radio or checkbox group forgets what was chosen.
            refreshCounts(counts);
            category.setValue(shown.category() == null ? null : taxonomy.category(shown.category()).orElse(null));
            skills.setValue(new LinkedHashSet<>(shown.skills().stream().flatMap(s -> taxonomy.skill(s).stream()).toList()));
            type.setValue(word(shown.type()));
            currency.setValue(shown.currency());
            budgetMin.setValue(integer(shown.budgetMin()));
            budgetMax.setValue(integer(shown.budgetMax()));
            rateMin.setValue(integer(shown.rateMin()));
            rateMax.setValue(integer(shown.rateMax()));
            experience.setValue(shown.experience());
            paymentVerified.setValue(shown.paymentVerified());
            hasHires.setValue(shown.hasHires());
            posted.setValue(word(shown.postedWithin()));
            remote.setValue(shown.remote());
            country.setValue(shown.country());
            var point = shown.near();
            near.setValue(point == null ? null : place(point));
            radius.setValue(point == null ? JobQueryParameters.DEFAULT_RADIUS_KM : radiusChoice(point.radiusKm()));
            proposals.setValue(word(shown.proposals()));
        } finally {
            showing = false;
        }
    }

    /** How many filters the query sets, for the title of the collapsed panel. */
    static int active(JobQuery q) {
        int count = 0;
        for (boolean set : new boolean[] {q.category() != null, !q.skills().isEmpty(), q.type() != null,
                q.budgetMin() != null || q.budgetMax() != null || q.rateMin() != null || q.rateMax() != null,
                !q.experience().isEmpty(), q.paymentVerified(), q.hasHires(), q.postedWithin() != null, q.remote(),
                q.country() != null, q.near() != null, q.proposals() != null}) {
            count += set ? 1 : 0;
        }
        return count;
    }

    private void refreshCounts(Facets counts) {
        // Choices with jobs first, most jobs first; the rest keep the taxonomy's order.
        sortByCount(skillItems, s -> counts.skills().get(s.slug()), Comparator.comparing(Skill::name));
        skillData.refreshAll();
        sortByCount(countryItems, code -> counts.countries().get(code), Comparator.comparing(this::countryName));
        countryData.refreshAll();
        category.getDataProvider().refreshAll();
        type.getDataProvider().refreshAll();
        experience.getDataProvider().refreshAll();
        posted.getDataProvider().refreshAll();
        proposals.getDataProvider().refreshAll();
        paymentVerified.setLabel(counted(getTranslation("search.client.verified"), counts.paymentVerified()));
        hasHires.setLabel(counted(getTranslation("search.client.hires"), counts.hasHires()));
        remote.setLabel(counted(getTranslation("search.remote"), counts.remote()));
        ranges(budgetRanges, JobSearchService.BUDGET_RANGES, counts.budgets(), "budget",
                (q, range) -> q.withBudget(q.currency(), range.min(), upper(range)));
        ranges(rateRanges, JobSearchService.RATE_RANGES, counts.rates(), "rate",
                (q, range) -> q.withRate(q.currency(), range.min(), upper(range)));
    }

    /** One button per range with its count; a click fills the range in. */
    private void ranges(Div target, List<AmountRange> buckets, Map<AmountRange, Long> counts, String name,
            java.util.function.BiFunction<JobQuery, AmountRange, JobQuery> choose) {
        target.removeAll();
        for (int i = 0; i < buckets.size(); i++) {
            AmountRange range = buckets.get(i);
            var button = new Button(counted(rangeLabel(range), counts.getOrDefault(range, 0L)),
                    e -> onChange.accept(q -> choose.apply(q, range)));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("gf-facet-range");
            button.setId("filter-" + name + "-range-" + i);
            target.add(button);
        }
    }

    private String rangeLabel(AmountRange range) {
        String min = Money.ofMajor(range.min(), query.currency()).format(getLocale());
        Long max = range.max();
        if (range.min() == 0 && max != null) {
            return getTranslation("search.range.below", Money.ofMajor(max, query.currency()).format(getLocale()));
        }
        return max == null ? getTranslation("search.range.above", min)
                : getTranslation("search.range.between", min, Money.ofMajor(max, query.currency()).format(getLocale()));
    }

    /** The whole-unit top of a range whose upper end is excluded: 100 to 500 means up to 499. */
    private static @Nullable Long upper(AmountRange range) {
        Long max = range.max();
        return max == null ? null : max - 1;
    }

    private void change(UnaryOperator<JobQuery> how) {
        if (!showing) {
            onChange.accept(how);
        }
    }

    private @Nullable Long count(Function<Facets, @Nullable Long> read) {
        return facets == null ? null : read.apply(facets);
    }

    private String counted(String label, @Nullable Long count) {
        return count == null ? label : label + " (" + NumberFormat.getIntegerInstance(Formats.locale()).format(count) + ")";
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    private static <T> void sortByCount(List<T> items, Function<T, @Nullable Long> count, Comparator<T> otherwise) {
        items.sort(Comparator.<T, Long>comparing(item -> Objects.requireNonNullElse(count.apply(item), -1L)).reversed()
                .thenComparing(otherwise));
    }

    /** The chosen skills in the order they were chosen: earlier ones first, new ones at the end. */
    private static List<String> slugsInOrder(List<String> before, Set<Skill> chosen) {
        var slugs = new LinkedHashSet<String>();
        var now = chosen.stream().map(Skill::slug).toList();
        before.stream().filter(now::contains).forEach(slugs::add);
        slugs.addAll(now);
        return List.copyOf(slugs);
    }

    private @Nullable Near near(@Nullable Place place, @Nullable Integer km) {
        return place == null ? null : new Near(place.latitude(), place.longitude(),
                km == null ? JobQueryParameters.DEFAULT_RADIUS_KM : km);
    }

    /** The city of the taxonomy at this point, or a place standing for the bare point of an address. */
    private Place place(Near point) {
        return taxonomy.places().stream()
                .filter(p -> p.latitude() == point.latitude() && p.longitude() == point.longitude())
                .findFirst()
                .orElseGet(() -> new Place(String.format(Locale.ROOT, "%.4f, %.4f", point.latitude(), point.longitude()),
                        "", "", point.latitude(), point.longitude(), "UTC"));
    }

    private int radiusChoice(int km) {
        if (!RADII.contains(km)) {
            var all = new ArrayList<>(RADII);
            all.add(km);
            all.sort(Comparator.naturalOrder());
            radius.setItems(all);
        }
        return km;
    }

    private static <E extends Enum<E>> List<String> choices(Class<E> type) {
        var keys = new ArrayList<String>();
        keys.add(ANY);
        EnumSet.allOf(type).forEach(value -> keys.add(JobQueryParameters.word(value)));
        return keys;
    }

    private static String word(@Nullable Enum<?> value) {
        return value == null ? ANY : JobQueryParameters.word(value);
    }

    private static <E extends Enum<E>> @Nullable E byWord(Class<E> type, @Nullable String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        return EnumSet.allOf(type).stream().filter(v -> JobQueryParameters.word(v).equals(key)).findFirst().orElse(null);
    }

    private static @Nullable Long whole(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }

    private static @Nullable Integer integer(@Nullable Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }

    private IntegerField amountField(String label, String id) {
        var field = new IntegerField(getTranslation(label));
        field.setMin(0);
        field.setId("filter-" + id);
        field.setClearButtonVisible(true);
        field.setWidth("7em");
        return field;
    }

    private Div group(@Nullable String title, Component... content) {
        var group = new Div();
        group.addClassName("gf-filter-group");
        if (title != null) {
            var heading = new H2(getTranslation(title));
            heading.addClassName("gf-filter-title");
            group.add(heading);
        }
        group.add(content);
        return group;
    }

    private static Div row(Component... content) {
        var row = new Div(content);
        row.addClassName("gf-filter-row");
        return row;
    }
}
