package org.gigforge.profile.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.gigforge.profile.ProfileCompleteness;

/** "Your profile is 67 % complete" with what is missing, each with a short why. */
class CompletenessMeter extends Composite<Div> {

    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span figure = new Span();
    private final UnorderedList missing = new UnorderedList();

    CompletenessMeter() {
        var root = getContent();
        root.addClassNames("gf-card", "gf-completeness");
        root.setId("profile-completeness");
        figure.addClassName("gf-completeness-figure");
        figure.setId("profile-completeness-figure");
        bar.getElement().setAttribute("aria-labelledby", "profile-completeness-figure");
        missing.addClassName("gf-completeness-missing");
        root.add(figure, bar, missing);
    }

    void show(ProfileCompleteness completeness) {
        figure.setText(getTranslation("profile.completeness", completeness.percent()));
        bar.setValue(completeness.percent());
        missing.removeAll();
        completeness.missing().forEach(step -> missing.add(new ListItem(
                getTranslation("profile.completeness." + step.name(), ProfileCompleteness.OVERVIEW_MIN_LENGTH,
                        ProfileCompleteness.SKILLS_MIN))));
    }
}
