package org.gigforge.job.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.job.JobDraft;
import org.gigforge.job.JobService;
import org.gigforge.job.JobType;
import org.gigforge.job.ProjectDuration;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.taxonomy.Category;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;

/** Post a job: what, which skills, how it is paid, and how long it takes. Save as draft or publish. */
@Route("jobs/new")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.post-job", order = 21, icon = "vaadin:plus-circle")
public class PostJobView extends VerticalLayout implements HasDynamicTitle {

    /** Budgets and rates are entered in whole US dollars for now; the currency choice comes with payments. */
    static final String CURRENCY = "USD";

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Category> category = new ComboBox<>();
    private final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();
    private final RadioButtonGroup<JobType> type = new RadioButtonGroup<>();
    private final IntegerField budget = new IntegerField();
    private final IntegerField rateMin = new IntegerField();
    private final IntegerField rateMax = new IntegerField();
    private final Select<ExperienceLevel> experience = new Select<>();
    private final Select<ProjectDuration> duration = new Select<>();

    PostJobView(JobService jobs, Taxonomy taxonomy) {
        addClassName("gf-page");

        title.setLabel(getTranslation("job.title"));
        title.setMaxLength(120);
        title.setPlaceholder(getTranslation("job.post.title.placeholder"));
        title.setHelperText(getTranslation("job.post.title.help"));
        title.setId("job-title");

        description.setLabel(getTranslation("job.description"));
        description.setMaxLength(10_000);
        description.setMinHeight("10em");
        description.setHelperText(getTranslation("job.post.description.help"));
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
                skills.setItems(taxonomy.skills().stream()
                        .sorted(Comparator.comparing((Skill s) -> !s.categoryCode().equals(code)).thenComparing(Skill::name))
                        .toList());
            }
        });

        type.setLabel(getTranslation("job.type"));
        type.setItems(JobType.values());
        type.setItemLabelGenerator(t -> getTranslation("job.type." + t.name()));
        type.setValue(JobType.FIXED);
        type.setId("job-type");

        var dollar = "$";
        budget.setLabel(getTranslation("job.budget"));
        budget.setPrefixComponent(new Span(dollar));
        budget.setId("job-budget");
        rateMin.setLabel(getTranslation("job.rate-min"));
        rateMin.setPrefixComponent(new Span(dollar));
        rateMin.setSuffixComponent(new Span(getTranslation("job.per-hour")));
        rateMin.setId("job-rate-min");
        rateMax.setLabel(getTranslation("job.rate-max"));
        rateMax.setPrefixComponent(new Span(dollar));
        rateMax.setSuffixComponent(new Span(getTranslation("job.per-hour")));
        rateMax.setId("job-rate-max");
        var rates = new HorizontalLayout(rateMin, rateMax);
        rates.setWrap(true);
        var terms = new Div(budget, rates);
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

        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "categoryCode", category,
                "skills", skills, "type", type, "budget", budget, "rateMin", rateMin, "rateMax", rateMax,
                "experienceLevel", experience, "duration", duration);

        var publish = new Button(getTranslation("job.post.publish"), e -> submit(jobs, fields, true));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("job-publish");
        var draft = new Button(getTranslation("job.post.save-draft"), e -> submit(jobs, fields, false));
        draft.setId("job-save-draft");

        var form = new FormLayout(title, description, category, skills, type, terms, experience, duration);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(skills, 2);
        form.setColspan(terms, 2);
        form.addClassName("gf-card");

        add(new ViewHeader(getTranslation("nav.post-job"), getTranslation("job.post.lead")), form,
                new HorizontalLayout(publish, draft));
    }

    private void submit(JobService jobs, Map<String, HasValidation> fields, boolean publish) {
        FormErrors.clear(fields);
        var draft = new JobDraft(title.getValue(), description.getValue(),
                category.getValue() == null ? "" : category.getValue().code(),
                skills.getSelectedItems().stream().map(Skill::slug).sorted().toList(), type.getValue(),
                dollars(budget.getValue()), dollars(rateMin.getValue()), dollars(rateMax.getValue()),
                experience.getValue(), duration.getValue());
        try {
            jobs.post(draft, publish);
            FormErrors.success(getTranslation(publish ? "job.post.published" : "job.post.saved"));
            getUI().ifPresent(ui -> ui.navigate(ClientJobsView.class));
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, fields);
        }
    }

    private static @Nullable Money dollars(@Nullable Integer value) {
        return value == null ? null : Money.ofMajor(value, CURRENCY);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.post-job") + " · Gigforge";
    }
}
