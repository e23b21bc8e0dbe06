package org.gigforge.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.Reputation;

/**
 * A member's published reviews as anyone may read them: the average with its count, so the figure
 * explains itself, then the latest reviews. Freelancer profiles show it, and job pages show it for the
 * client, since freelancers weigh a client's reviews before applying.
 */
public class ReputationPanel extends Div {

    public ReputationPanel(Reputation reputation, String noneKey) {
        addClassName("gf-reputation");
        if (reputation.count() == 0) {
            add(new Paragraph(getTranslation(noneKey)));
            return;
        }
        var summary = new Paragraph(getTranslation("review.public.summary",
                one(reputation.averageOverall()), reputation.count()));
        summary.addClassName("gf-reputation-summary");
        // What the figure is made of: the aspects, and the rule for which reviews count.
        var aspects = new Paragraph(getTranslation("review.public.aspects",
                one(reputation.averageCommunication()), one(reputation.averageQuality()),
                one(reputation.averageTimeliness())));
        aspects.addClassName("gf-muted");
        var rule = new Paragraph(getTranslation("review.public.rule"));
        rule.addClassNames("gf-muted", "gf-reputation-rule");
        add(summary, aspects, rule);
        var list = new UnorderedList();
        list.addClassName("gf-history");
        reputation.latest().forEach(review -> {
            var head = new Span(stars(review.overall()) + " · " + review.authorName() + " · "
                    + Formats.date(review.publishedAt()));
            head.addClassName("gf-muted");
            var item = new ListItem(head);
            if (!review.text().isBlank()) {
                item.add(new Paragraph(review.text()));
            }
            list.add(item);
        });
        add(list);
    }

    private String one(double average) {
        return String.format(getLocale(), "%.1f", average);
    }

    static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(Math.max(0, 5 - rating));
    }
}
