package org.gigforge.job.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobType;
import org.gigforge.job.JobVisibility;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * The job form, in the order a client thinks about it: the work, the terms, where it happens and
 * how to apply. Used to post a job and to edit one.
 */
class JobForm extends Composite<Div> {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Category> category = new ComboBox<>();
    private final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();
    private final RadioButtonGroup<JobType> type = new RadioButtonGroup<>();
    private final Select<String> currency = new Select<>();
    private final IntegerField budget = new IntegerField();
    private final IntegerField rateMin = new IntegerField();
    private final IntegerField rateMax = new IntegerField();
    private final Select<ExperienceLevel> experience = new Select<>();
    private final Select<ProjectDuration> duration = new Select<>();
    private final RadioButtonGroup<JobLocation.Kind> where = new RadioButtonGroup<>();
    private final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>();
    private final ComboBox<Place> city = new ComboBox<>();
    private final IntegerField radius = new IntegerField();
    private final QuestionsField questions = new QuestionsField();
    private final RadioButtonGroup<JobVisibility> visibility = new RadioButtonGroup<>();
    private final FilesField attachments;
    private final Taxonomy taxonomy;
    private final FileService files;

    JobForm(Taxonomy taxonomy, FileService files) {
        this.taxonomy = taxonomy;
        this.files = files;
        attachments = new FilesField(files, FileKind.DOCUMENT, JobDraft.MAX_ATTACHMENTS);
        attachments.setLabel(getTranslation("job.attachments"));
        attachments.setHelperText(getTranslation("job.attachments.help", JobDraft.MAX_ATTACHMENTS));
        attachments.setId("job-attachments");
        attachments.upload().setId("job-attachment-upload");
        title.setLabel(getTranslation("job.title"));
        title.setMaxLength(120);
        title.setPlaceholder(getTranslation("job.post.title.placeholder"));
        title.setHelperText(getTranslation("job.post.title.help"));
        title.setId("job-title");

        description.setLabel(getTranslation("job.description"));
        description.setMaxLength(10_000);
        description.setMinHeight("10em");
        description.setHelperText(getTranslation("job.post.description.help") + " " + getTranslation("markdown.help"));
        description.setId("job-description");

        category.setLabel(getTranslation("job.category"));
        category.setItems(taxonomy.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.setId("job-category");

        skills.setLabel(getTranslation("job.skills"));
        skills.setItemLabelGenerator(Skill::name);
        skills.setItems(taxonomy.skills().stream().sorted(Comparator.comparing(Skill::name)).toList());
        skills.setHelperText(getTranslation("job.post.skills.help", 15));
        skills.setId("job-skills");
        // Suggest the chosen category's skills first; any skill stays available.
        category.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String code = e.getValue().code();
                var chosen = new HashSet<>(skills.getSelectedItems());
                skills.setItems(taxonomy.skills().stream()
                        .sorted(Comparator.comparing((Skill s) -> !s.categoryCode().equals(code)).thenComparing(Skill::name))
                        .toList());
                skills.setValue(chosen);
            }
        });

        type.setLabel(getTranslation("job.type"));
        type.setItems(JobType.values());
        type.setItemLabelGenerator(t -> getTranslation("job.type." + t.name()));
        type.setValue(JobType.FIXED);
        type.setId("job-type");

        currency.setLabel(getTranslation("profile.currency"));
        currency.setItems(Money.PRICING_CURRENCIES);
        currency.setValue(Money.PRICING_CURRENCIES.getFirst());
        currency.setId("job-currency");
        budget.setLabel(getTranslation("job.budget"));
        budget.setId("job-budget");
        rateMin.setLabel(getTranslation("job.rate-min"));
        rateMin.setSuffixComponent(new Span(getTranslation("job.per-hour")));
        rateMin.setId("job-rate-min");
        rateMax.setLabel(getTranslation("job.rate-max"));
        rateMax.setSuffixComponent(new Span(getTranslation("job.per-hour")));
        rateMax.setId("job-rate-max");
        Runnable symbol = () -> Stream.of(budget, rateMin, rateMax).forEach(field -> field.setPrefixComponent(
                new Span(Currency.getInstance(currency.getValue()).getSymbol(Formats.locale()))));
        currency.addValueChangeListener(e -> symbol.run());
        symbol.run();
        var rates = new HorizontalLayout(rateMin, rateMax);
        rates.setWrap(true);
        var amounts = new HorizontalLayout(currency, budget, rates);
        amounts.setWrap(true);
        Runnable showTerms = () -> {
            budget.setVisible(type.getValue() != JobType.HOURLY);
            rates.setVisible(type.getValue() == JobType.HOURLY);
        };
        type.addValueChangeListener(e -> showTerms.run());
        showTerms.run();

        experience.setLabel(getTranslation("job.experience"));
        experience.setItems(ExperienceLevel.values());
        experience.setItemLabelGenerator(l -> getTranslation("experience." + l.name()));
        experience.setValue(ExperienceLevel.INTERMEDIATE);
        experience.setId("job-experience");

        duration.setLabel(getTranslation("job.duration"));
        duration.setItems(ProjectDuration.values());
        duration.setItemLabelGenerator(d -> getTranslation("duration." + d.name()));
        duration.setId("job-duration");

        where.setLabel(getTranslation("job.location"));
        where.setItems(JobLocation.Kind.values());
        where.setItemLabelGenerator(k -> getTranslation("job.location." + k.name()));
        where.setValue(JobLocation.Kind.ANYWHERE);
        where.setId("job-location");
        countries.setLabel(getTranslation("job.location.countries"));
        countries.setItems(Stream.of(Locale.getISOCountries()).sorted(Comparator.comparing(JobForm::countryName)).toList());
        countries.setItemLabelGenerator(JobForm::countryName);
        countries.setId("job-countries");
        city.setLabel(getTranslation("job.location.city"));
        city.setItems(taxonomy.places().stream().sorted(Comparator.comparing(Place::label)).toList());
        city.setItemLabelGenerator(Place::label);
        city.setId("job-city");
        radius.setLabel(getTranslation("job.location.radius-label"));
        radius.setSuffixComponent(new Span("km"));
        radius.setMin(1);
        radius.setMax(JobLocation.MAX_RADIUS_KM);
        radius.setValue(25);
        radius.setId("job-radius");
        var onSite = new HorizontalLayout(city, radius);
        onSite.setWrap(true);
        Runnable showWhere = () -> {
            countries.setVisible(where.getValue() == JobLocation.Kind.COUNTRIES);
            onSite.setVisible(where.getValue() == JobLocation.Kind.ON_SITE);
        };
        where.addValueChangeListener(e -> showWhere.run());
        showWhere.run();

        visibility.setLabel(getTranslation("job.visibility"));
        visibility.setItems(JobVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("job.visibility." + v.name()));
        visibility.setValue(JobVisibility.PUBLIC);
        visibility.setId("job-visibility");

        var work = section(getTranslation("job.post.step.work"), title, description, category, skills);
        var terms = section(getTranslation("job.post.step.terms"), type, amounts, experience, duration);
        var location = section(getTranslation("job.post.step.where"), where, countries, onSite);
        var applying = section(getTranslation("job.post.step.applying"), attachments, questions, visibility);
        getContent().add(work, terms, location, applying);
        getContent().addClassName("gf-job-form");
    }

    /** A numbered part of the form in its own card, so the form reads as a short series of steps. */
    private static FormLayout section(String heading, com.vaadin.flow.component.Component... fields) {
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var title = new H2(heading);
        form.add(title);
        form.setColspan(title, 2);
        for (var field : fields) {
            form.add(field);
            boolean narrow = field instanceof ComboBox<?> || field instanceof Select<?>;
            form.setColspan(field, narrow ? 1 : 2);
        }
        form.addClassName("gf-card");
        return form;
    }

    /** Adds a card below the built-in sections (e.g. attachments). */
    void addSection(com.vaadin.flow.component.Component section) {
        getContent().add(section);
    }

    static String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(Formats.locale());
    }

    Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("description", description),
                Map.entry("categoryCode", category), Map.entry("skills", skills), Map.entry("type", type),
                Map.entry("budget", budget), Map.entry("rateMin", rateMin), Map.entry("rateMax", rateMax),
                Map.entry("experienceLevel", experience), Map.entry("duration", duration), Map.entry("location", where),
                Map.entry("radiusKm", radius), Map.entry("questions", questions), Map.entry("visibility", visibility),
                Map.entry("attachments", attachments));
    }

    JobDraft draft() {
        JobLocation location = switch (where.getValue() == null ? JobLocation.Kind.ANYWHERE : where.getValue()) {
            case ANYWHERE -> JobLocation.anywhere();
            case COUNTRIES -> JobLocation.countries(countries.getSelectedItems().stream().sorted().toList());
            case ON_SITE -> new JobLocation(JobLocation.Kind.ON_SITE, java.util.List.of(),
                    city.getValue() == null ? null : city.getValue().city(),
                    city.getValue() == null ? null : city.getValue().countryCode(),
                    radius.getValue() == null ? 0 : radius.getValue());
        };
        return new JobDraft(title.getValue(), description.getValue(),
                category.getValue() == null ? "" : category.getValue().code(),
                skills.getSelectedItems().stream().map(Skill::slug).toList(), type.getValue(),
                type.getValue() == JobType.HOURLY ? null : amount(budget.getValue()),
                type.getValue() == JobType.HOURLY ? amount(rateMin.getValue()) : null,
                type.getValue() == JobType.HOURLY ? amount(rateMax.getValue()) : null,
                experience.getValue(), duration.getValue(), location, questions.getValue(), visibility.getValue(),
                attachments.getValue().stream().map(StoredFile::id).toList());
    }

    void fill(JobDraft job) {
        title.setValue(job.title());
        description.setValue(job.description());
        taxonomy.category(job.categoryCode()).ifPresent(category::setValue);
        skills.setValue(job.skills().stream().map(taxonomy::skill).flatMap(java.util.Optional::stream).toList());
        type.setValue(job.type());
        Money any = job.budget() != null ? job.budget() : job.rateMin();
        if (any != null) {
            currency.setValue(any.currency().getCurrencyCode());
        }
        budget.setValue(major(job.budget()));
        rateMin.setValue(major(job.rateMin()));
        rateMax.setValue(major(job.rateMax()));
        experience.setValue(job.experienceLevel());
        duration.setValue(job.duration());
        where.setValue(job.location().kind());
        countries.setValue(job.location().countryCodes());
        if (job.location().city() != null && job.location().countryCode() != null) {
            taxonomy.place(job.location().city(), job.location().countryCode()).ifPresent(city::setValue);
            radius.setValue(job.location().radiusKm());
        }
        questions.setValue(job.questions());
        visibility.setValue(job.visibility());
        attachments.setValue(job.attachments().stream().map(files::find).flatMap(java.util.Optional::stream).toList());
    }

    private @Nullable Money amount(@Nullable Integer value) {
        return value == null ? null : Money.ofMajor(value, currency.getValue());
    }

    private static @Nullable Integer major(@Nullable Money money) {
        return money == null ? null : money.toDecimal().intValue();
    }
}
