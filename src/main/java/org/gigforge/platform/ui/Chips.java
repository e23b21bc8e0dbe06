package org.gigforge.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** Small inline pieces of cards: skill chips and the dot between facts. */
public final class Chips {

    private Chips() {}

    /** A row of chips, one per label, e.g. the skills of a job or a freelancer. */
    public static Div of(List<String> labels) {
        var chips = new Div();
        chips.addClassName("gf-skills");
        labels.forEach(label -> {
            var chip = new Span(label);
            chip.addClassName("gf-skill");
            chips.add(chip);
        });
        return chips;
    }

    /** A small status label; {@code variant} picks its colours ({@code open}, {@code draft}, {@code client} …). */
    public static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("gf-badge", "gf-badge-" + variant.toLowerCase(Locale.ROOT));
        return badge;
    }

    /** A separator dot between facts on one line; hidden from screen readers. */
    public static Span dot() {
        var dot = new Span("·");
        dot.addClassName("gf-dot");
        dot.getElement().setAttribute("aria-hidden", "true");
        return dot;
    }
}
