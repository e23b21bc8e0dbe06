package org.gigforge.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** A view's title, an optional one-line explanation and its main actions, the same on every page. */
public class ViewHeader extends Composite<Div> {

    public ViewHeader(String title, @Nullable String lead, Component... actions) {
        Div root = getContent();
        root.addClassName("gf-view-header");
        var text = new Div(new H1(title));
        text.addClassName("gf-view-header-text");
        if (lead != null) {
            var paragraph = new Paragraph(lead);
            paragraph.addClassName("gf-muted");
            text.add(paragraph);
        }
        var buttons = new Div(actions);
        buttons.addClassName("gf-view-header-actions");
        root.add(text, buttons);
    }
}
