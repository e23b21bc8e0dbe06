package org.gigforge.profile.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gigforge.account.Role;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.profile.TalentHits;
import org.gigforge.profile.TalentQuery;
import org.gigforge.profile.TalentSearchService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * Clients search freelancers: text with typos forgiven, filters with counts of what each choice would find, the
 * search kept in the address (shareable, the back button restores it), results loaded while scrolling, and an
 * invitation to a job from every result.
 */
@Route("talent")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.talent", order = 22, icon = "vaadin:users")
public class TalentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final List<Integer> RADII = List.of(25, 50, 100, 250, 500);
    private static final List<Integer> OVERLAP_HOURS = List.of(0, 2, 4);

    private final TalentSearchService search;
    private final Taxonomy taxonomy;

    private final TextField text = new TextField();
    private final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();
    private final Select<String> currency = new Select<>();
    private final IntegerField rateMin = new IntegerField();
    private final IntegerField rateMax = new IntegerField();
    private final CheckboxGroup<ExperienceLevel> experience = new CheckboxGroup<>();
    private final Checkbox available = new Checkbox();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<Place> near = new ComboBox<>();
    private final Select<Integer> radius = new Select<>();
    private final Select<Integer> overlap = new Select<>();
    private final Select<Double> rating = new Select<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final Select<TalentQuery.Sort> sort = new Select<>();
    private final Span count = new Span();
    private final Div empty = new Div();
    private final VirtualList<TalentHits.Hit> list = new VirtualList<>();

    private TalentQuery query = TalentQuery.all();
    private TalentHits.@Nullable Facets facets;
    /** Set while the fields are filled from the address, so filling them does not search again. */
    private boolean filling;

    TalentView(TalentSearchService search, Taxonomy taxonomy) {
        this.search = search;
        this.taxonomy = taxonomy;
        addClassName("gf-page");
        setId("talent");

        text.setPlaceholder(getTranslation("talent.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("talent-text");
        text.addClassName("gf-talent-text");
        onChange(text, () -> query.withText(text.getValue().isBlank() ? null : text.getValue()));

        skills.setLabel(getTranslation("talent.filter.skills"));
        skills.setItems(taxonomy.skills().stream().sorted(Comparator.comparing(Skill::name)).toList());
        skills.setItemLabelGenerator(s -> counted(s.name(), facets == null ? null : facets.skills().get(s.slug())));
        skills.setId("talent-skills");
        onChange(skills, () -> query.withSkills(skills.getValue().stream().map(Skill::slug).sorted().toList()));

        currency.setLabel(getTranslation("talent.filter.currency"));
        currency.setItems(Money.PRICING_CURRENCIES);
        rateMin.setLabel(getTranslation("talent.filter.rate-min"));
        rateMax.setLabel(getTranslation("talent.filter.rate-max"));
        rateMin.setMin(0);
        rateMax.setMin(0);
        rateMin.setId("talent-rate-min");
        rateMax.setId("talent-rate-max");
        UnaryOperator<TalentQuery> rate = q -> q.withRate(currency.getValue(), toLong(rateMin.getValue()),
                toLong(rateMax.getValue()));
        onChange(currency, () -> rate.apply(query));
        onChange(rateMin, () -> rate.apply(query));
        onChange(rateMax, () -> rate.apply(query));

        experience.setLabel(getTranslation("talent.filter.experience"));
        experience.setItems(ExperienceLevel.values());
        experience.setItemLabelGenerator(l -> counted(getTranslation("experience." + l.name()),
                facets == null ? null : facets.experience().getOrDefault(l, 0L)));
        experience.setId("talent-experience");
        onChange(experience, () -> query.withExperience(experience.getValue().isEmpty()
                ? Set.of() : EnumSet.copyOf(experience.getValue())));

        available.setId("talent-available");
        onChange(available, () -> query.withAvailability(available.getValue(), query.minHoursPerWeek()));

        country.setLabel(getTranslation("talent.filter.country"));
        country.setItems(taxonomy.places().stream().map(Place::countryCode).distinct()
                .sorted(Comparator.comparing(this::countryName)).toList());
        country.setItemLabelGenerator(c -> counted(countryName(c), facets == null ? null : facets.countries().getOrDefault(c, 0L)));
        country.setClearButtonVisible(true);
        country.setId("talent-country");
        onChange(country, () -> query.withCountry(country.getValue()));

        near.setLabel(getTranslation("talent.filter.near"));
        near.setItems(taxonomy.places());
        near.setItemLabelGenerator(Place::label);
        near.setClearButtonVisible(true);
        near.setId("talent-near");
        radius.setLabel(getTranslation("talent.filter.radius"));
        radius.setItems(RADII);
        radius.setItemLabelGenerator(km -> getTranslation("talent.filter.km", km));
        radius.setValue(100);
        UnaryOperator<TalentQuery> where = q -> q.withNear(near.getValue() == null ? null
                : new TalentQuery.Near(near.getValue().latitude(), near.getValue().longitude(),
                        radius.getValue() == null ? 100 : radius.getValue()));
        onChange(near, () -> where.apply(query));
        onChange(radius, () -> where.apply(query));

        overlap.setLabel(getTranslation("talent.filter.time-zone"));
        overlap.setItems(OVERLAP_HOURS);
        overlap.setEmptySelectionAllowed(true);
        overlap.setEmptySelectionCaption(getTranslation("talent.filter.any"));
        overlap.setItemLabelGenerator(h -> h == null ? getTranslation("talent.filter.any")
                : getTranslation("talent.filter.time-zone.within", h));
        overlap.setId("talent-time-zone");
        onChange(overlap, () -> {
            Integer hours = overlap.getValue();
            int mine = myOffsetHours();
            return hours == null ? query.withUtcOffset(null, null)
                    : query.withUtcOffset(Math.max(-12, mine - hours), Math.min(14, mine + hours));
        });

        rating.setLabel(getTranslation("talent.filter.rating"));
        rating.setItems(TalentSearchService.RATING_STEPS);
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("talent.filter.any"));
        rating.setItemLabelGenerator(r -> r == null ? getTranslation("talent.filter.any")
                : counted(getTranslation("talent.filter.rating.at-least", r), facets == null ? null
                        : facets.ratings().getOrDefault(r, 0L)));
        rating.setId("talent-rating");
        onChange(rating, () -> query.withMinRating(rating.getValue()));

        languages.setLabel(getTranslation("talent.filter.languages"));
        languages.setItems(Stream.of(Locale.getISOLanguages()).sorted(Comparator.comparing(this::languageName)).toList());
        languages.setItemLabelGenerator(l -> counted(languageName(l), facets == null ? null
                : facets.languages().getOrDefault(l, 0L)));
        languages.setId("talent-languages");
        onChange(languages, () -> query.withLanguages(languages.getValue().stream().sorted().toList()));

        sort.setLabel(getTranslation("talent.sort"));
        sort.setItems(TalentQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("talent.sort." + s.name()));
        sort.setId("talent-sort");
        onChange(sort, () -> query.withSort(sort.getValue() == null ? TalentQuery.Sort.RELEVANCE : sort.getValue()));

        var filters = new Div(skills, experience, available, currency, rateMin, rateMax, country, near, radius, overlap,
                rating, languages, sort);
        filters.addClassName("gf-talent-filters");

        count.addClassName("gf-muted");
        count.setId("talent-count");
        empty.addClassName("gf-talent-empty");
        empty.setId("talent-empty");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.addClassName("gf-job-list");
        list.setSizeFull();

        add(new ViewHeader(getTranslation("nav.talent"), getTranslation("talent.lead")), text, filters, count, empty, list);
        setSizeFull();
        setFlexGrow(1, list);
    }

    /** A change of a field makes a new query; it goes to the address, and the search runs from there. */
    private void onChange(com.vaadin.flow.component.HasValue<?, ?> field, java.util.function.Supplier<TalentQuery> next) {
        field.addValueChangeListener(e -> {
            if (!filling) {
                show(next.get());
            }
        });
    }

    private void show(TalentQuery next) {
        getUI().ifPresent(ui -> ui.navigate(TalentView.class, TalentQueryParameters.of(next)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = TalentQueryParameters.parse(event.getLocation().getQueryParameters());
        fill();
        run();
    }

    /** The fields as the query says. */
    private void fill() {
        filling = true;
        try {
            text.setValue(query.text() == null ? "" : query.text());
            skills.setValue(query.skills().stream().flatMap(s -> taxonomy.skill(s).stream()).toList());
            currency.setValue(query.currency());
            rateMin.setValue(query.rateMin() == null ? null : query.rateMin().intValue());
            rateMax.setValue(query.rateMax() == null ? null : query.rateMax().intValue());
            experience.setValue(query.experience());
            available.setValue(query.availableNow());
            country.setValue(query.country());
            var point = query.near();
            near.setValue(point == null ? null : taxonomy.places().stream()
                    .filter(p -> p.latitude() == point.latitude() && p.longitude() == point.longitude())
                    .findFirst().orElse(null));
            if (point != null) {
                radius.setValue(point.radiusKm());
            }
            Integer from = query.utcOffsetMin();
            Integer to = query.utcOffsetMax();
            overlap.setValue(from == null || to == null ? null : (to - from) / 2);
            rating.setValue(query.minRating());
            languages.setValue(query.languages());
            sort.setValue(query.sort());
        } finally {
            filling = false;
        }
    }

    private void run() {
        TalentHits first;
        try {
            first = search.search(query.withPage(0, TalentSearchService.MAX_PAGE_SIZE));
        } catch (InvalidInputException e) {
            // An address edited by hand: start over rather than show an error page.
            query = TalentQuery.all();
            fill();
            first = search.search(query.withPage(0, TalentSearchService.MAX_PAGE_SIZE));
        }
        facets = first.facets();
        long total = first.total();
        var firstPage = first.hits();
        var searched = query;
        count.setText(getTranslation("talent.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                page -> fetch(searched, firstPage, total, page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(total, TalentSearchService.MAX_OFFSET + TalentSearchService.MAX_PAGE_SIZE)));
        // Labels with counts are regenerated from the new facets.
        skills.setItemLabelGenerator(skills.getItemLabelGenerator());
        experience.setItemLabelGenerator(experience.getItemLabelGenerator());
        country.setItemLabelGenerator(country.getItemLabelGenerator());
        rating.setItemLabelGenerator(rating.getItemLabelGenerator());
        languages.setItemLabelGenerator(languages.getItemLabelGenerator());
        available.setLabel(counted(getTranslation("talent.filter.available"), facets.availableNow()));
        showLoosenings(first);
    }

    /** A page of hits; the first page comes from the search that counted them. */
    private List<TalentHits.Hit> fetch(TalentQuery searched, List<TalentHits.Hit> firstPage, long total, int offset,
            int limit) {
        if (offset == 0 && (limit <= firstPage.size() || firstPage.size() == total)) {
            return firstPage.subList(0, Math.min(limit, firstPage.size()));
        }
        var hits = new ArrayList<TalentHits.Hit>();
        while (hits.size() < limit) {
            var page = search.search(searched.withPage(offset + hits.size(),
                    Math.min(TalentSearchService.MAX_PAGE_SIZE, limit - hits.size()))).hits();
            if (page.isEmpty()) {
                break;
            }
            hits.addAll(page);
        }
        return hits;
    }

    private void showLoosenings(TalentHits hits) {
        empty.removeAll();
        empty.setVisible(hits.total() == 0);
        if (hits.total() > 0) {
            return;
        }
        empty.add(new Span(getTranslation("talent.none")));
        for (var loosening : hits.loosenings()) {
            var drop = new Button(getTranslation("talent.loosen", getTranslation("talent.part." + loosening.filter()),
                    loosening.total()), e -> show(without(loosening.filter())));
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            drop.setId("talent-loosen-" + loosening.filter());
            empty.add(drop);
        }
    }

    private TalentQuery without(String part) {
        return switch (part) {
            case "text" -> query.withText(null);
            case "skills" -> query.withSkills(List.of());
            case "rate" -> query.withRate(query.currency(), null, null);
            case "experience" -> query.withExperience(Set.of());
            case "availableNow" -> query.withAvailability(false, query.minHoursPerWeek());
            case "minHoursPerWeek" -> query.withAvailability(query.availableNow(), null);
            case "country" -> query.withCountry(null);
            case "near" -> query.withNear(null);
            case "utcOffset" -> query.withUtcOffset(null, null);
            case "minRating" -> query.withMinRating(null);
            case "languages" -> query.withLanguages(List.of());
            default -> query;
        };
    }

    /** One result as the list draws it; package-visible for tests, since the list draws lazily in the browser. */
    Div card(TalentHits.Hit hit) {
        var f = hit.card();
        var avatar = new Avatar(f.name());
        avatar.setImage(f.photoUrl());
        var name = new H3(new Anchor(f.path(), f.name()));
        name.addClassName("gf-job-title");
        var who = new Div(avatar, new Div(name, new Span(f.title())));
        who.addClassName("gf-talent-head");

        var meta = FreelancerFacts.line(this, f);
        meta.add(Chips.dot(), hit.reviewCount() == 0
                ? Chips.badge(getTranslation("talent.new"), "")
                : new Span(getTranslation("talent.rating", hit.averageRating(), hit.reviewCount())));
        Double distance = hit.distanceKm();
        if (distance != null) {
            meta.add(Chips.dot(), new Span(getTranslation("talent.distance", Math.round(distance))));
        }
        // The snippet is escaped text with the matched words marked by the search service.
        var snippet = new Html("<p class=\"gf-job-excerpt\">" + hit.snippet() + "</p>");
        var chips = Chips.of(f.skills().stream().limit(8)
                .map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());
        var card = new Div(who, meta, snippet, chips);
        // Clients reach the invitation page of the jobs module by its address, keeping the modules apart.
        var invite = new Anchor("invite/" + f.userId(), getTranslation("talent.invite"));
        invite.addClassName("gf-card-action");
        invite.setId("invite-" + f.userId());
        card.add(invite);
        card.addClassName("gf-job-card");
        return card;
    }

    private String counted(String label, @Nullable Long n) {
        return n == null ? label : getTranslation("talent.facet", label, n);
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(Formats.locale());
    }

    private String languageName(String code) {
        return Locale.of(code).getDisplayLanguage(Formats.locale());
    }

    private static int myOffsetHours() {
        return Math.floorDiv(Formats.zone().getRules().getStandardOffset(java.time.Instant.EPOCH).getTotalSeconds(), 3600);
    }

    private static @Nullable Long toLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.talent") + " · Gigforge";
    }
}
