package org.gigforge.job.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gigforge.job.JobHits.Hit;
import org.gigforge.job.JobLocation;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobType;
import org.gigforge.platform.Slug;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * One job found: title, terms, level, where, the description's best passage with the matched words marked, skills,
 * age and proposals so far, and "Why this result" with the words and filters it matched.
 */
class JobHitCard extends Composite<Div> {

    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    JobHitCard(Hit hit, JobQuery query, Taxonomy taxonomy, Instant now, @Nullable Component action) {
        Div root = getContent();
        root.addClassNames("gf-job-card", "gf-hit");
        root.setId("hit-" + hit.id());

        var link = new Anchor(Slug.path("jobs", hit.id(), hit.title()), hit.title());
        link.addClassName("gf-job-link");
        var title = new H3(link);
        title.addClassName("gf-job-title");

        var terms = new Span(terms(this, hit));
        terms.addClassName("gf-job-terms");
        var meta = new Div(terms, Chips.dot(), new Span(getTranslation("experience." + hit.experienceLevel().name())),
                Chips.dot(), new Span(where(this, hit.location())));
        meta.addClassName("gf-job-meta");

        var snippet = new Paragraph();
        snippet.addClassName("gf-job-excerpt");
        snippet.add(snippet(hit.snippet()));

        var skills = Chips.of(hit.skills().stream().limit(6)
                .map(slug -> taxonomy.skill(slug).map(Skill::name).orElse(slug)).toList());

        var footer = new Div(new Span(getTranslation("job.posted", Formats.ago(this, hit.publishedAt(), now))), Chips.dot(),
                new Span(getTranslation("search.hit.proposals", hit.proposals())));
        footer.addClassName("gf-job-footer");

        var explanation = WhyThisResult.explain(this, hit, query, taxonomy, now);
        var reasons = new Div(new Paragraph(explanation.matched()));
        if (explanation.filters().isEmpty()) {
            reasons.add(new Paragraph(getTranslation("search.why.no-filters")));
        } else {
            var passed = new UnorderedList(explanation.filters().stream().map(ListItem::new).toArray(ListItem[]::new));
            reasons.add(new Paragraph(getTranslation("search.why.filters")), passed);
        }
        var why = new Details(getTranslation("search.why"), reasons);
        why.addClassName("gf-why");
        why.setId("why-" + hit.id());

        root.add(title, meta, snippet, skills, footer);
        var bottom = new Div(why);
        bottom.addClassName("gf-hit-bottom");
        if (action != null) {
            bottom.add(action);
        }
        root.add(bottom);
    }

    /** The highlighted passage as text and emphasis: the markup of the index is never sent as HTML. */
    static List<Component> snippet(String marked) {
        var parts = new ArrayList<Component>();
        Matcher m = MARK.matcher(marked);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Text(HtmlUtils.htmlUnescape(marked.substring(at, m.start()))));
            }
            parts.add(new Emphasis(HtmlUtils.htmlUnescape(m.group(1))));
            at = m.end();
        }
        if (at < marked.length()) {
            parts.add(new Text(HtmlUtils.htmlUnescape(marked.substring(at))));
        }
        return parts;
    }

    /** "Fixed price: $1,500" or "Hourly: $30–$45", in the viewer's language. */
    static String terms(Component anchor, Hit hit) {
        if (hit.type() == JobType.FIXED) {
            return anchor.getTranslation("job.fixed-price", Formats.money(hit.budget()));
        }
        return anchor.getTranslation("job.hourly-range", Formats.money(hit.rateMin()), Formats.money(hit.rateMax()));
    }

    /** Where the work happens, in a few words: "Remote", "Remote: DE, AT" or "On site near Berlin (25 km)". */
    static String where(Component anchor, JobLocation location) {
        return switch (location.kind()) {
            case ANYWHERE -> anchor.getTranslation("job.where.anywhere");
            case COUNTRIES -> anchor.getTranslation("job.where.countries", String.join(", ", location.countryCodes()));
            case ON_SITE -> anchor.getTranslation("job.where.on-site", location.city(), location.radiusKm());
        };
    }
}
