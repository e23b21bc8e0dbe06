package org.gigforge.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.FreelancerCard;

/** One line of facts about a freelancer: rate, level, place and, when true, "available now". */
final class FreelancerFacts {

    private FreelancerFacts() {}

    static Div line(Component anchor, FreelancerCard f) {
        var rate = new Span(anchor.getTranslation("talent.rate", Formats.money(f.hourlyRate())));
        rate.addClassName("gf-job-terms");
        String country = Locale.of("", f.countryCode()).getDisplayCountry(Formats.locale());
        var meta = new Div(rate, Chips.dot(), new Span(anchor.getTranslation("experience." + f.experienceLevel().name())),
                Chips.dot(), new Span(f.city() + ", " + country));
        meta.addClassName("gf-job-meta");
        if (f.availableNow()) {
            meta.add(Chips.dot(), Chips.badge(anchor.getTranslation("talent.available", f.hoursPerWeek()), "open"));
        }
        return meta;
    }
}
