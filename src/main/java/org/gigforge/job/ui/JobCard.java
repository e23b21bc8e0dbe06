package org.gigforge.job.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import org.gigforge.job.JobSummary;
import org.gigforge.job.JobType;
import org.gigforge.platform.Markdown;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/** A job in a list: title, terms, level, a short excerpt, skills, category and age. */
public class JobCard extends Composite<Div> {

    private static final int EXCERPT_LENGTH = 220;

    public JobCard(JobSummary job, Taxonomy taxonomy, Instant now) {
        Div root = getContent();
        root.addClassName("gf-job-card");

        var link = new Anchor(job.path(), job.title());
        link.addClassName("gf-job-link");
        var title = new H3(link);
        title.addClassName("gf-job-title");

        var terms = new Span(terms(this, job));
        terms.addClassName("gf-job-terms");
        var level = new Span(getTranslation("experience." + job.experienceLevel().name()));
        var duration = new Span(getTranslation("duration." + job.duration().name()));
        var meta = new Div(terms, Chips.dot(), level, Chips.dot(), duration, Chips.dot(), new Span(where(this, job)));
        meta.addClassName("gf-job-meta");

        var excerpt = new Paragraph(excerpt(job.description()));
        excerpt.addClassName("gf-job-excerpt");

        var skills = Chips.of(job.skills().stream().limit(6)
                .map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());

        var category = taxonomy.category(job.categoryCode()).map(c -> c.name(getLocale())).orElse(job.categoryCode());
        var footer = new Div(new Span(category), Chips.dot(), new Span(job.clientName()), Chips.dot(),
                new Span(getTranslation("job.posted", Formats.ago(this, job.publishedAt(), now))));
        footer.addClassName("gf-job-footer");

        root.add(title, meta, excerpt, skills, footer);
    }

    /** Adds a button or link under the card, e.g. "Apply" where freelancers browse. */
    public JobCard withAction(Component action) {
        var actions = new Div(action);
        actions.addClassName("gf-job-actions");
        getContent().add(actions);
        return this;
    }

    /** "Fixed price: $1,500" or "Hourly: $30–$45", in the viewer's language. */
    public static String terms(Component anchor, JobSummary job) {
        if (job.type() == JobType.FIXED) {
            return anchor.getTranslation("job.fixed-price", Formats.money(job.budget()));
        }
        return anchor.getTranslation("job.hourly-range", Formats.money(job.rateMin()), Formats.money(job.rateMax()));
    }


    /** Where the work happens, in a few words: "Remote", "Remote: DE, AT" or "On site near Berlin (25 km)". */
    public static String where(Component anchor, JobSummary job) {
        var location = job.location();
        return switch (location.kind()) {
            case ANYWHERE -> anchor.getTranslation("job.where.anywhere");
            case COUNTRIES -> anchor.getTranslation("job.where.countries", String.join(", ", location.countryCodes()));
            case ON_SITE -> anchor.getTranslation("job.where.on-site", location.city(), location.radiusKm());
        };
    }

    static String excerpt(String description) {
        String flat = Markdown.toPlainText(description);
        if (flat.length() <= EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "…";
    }
}
