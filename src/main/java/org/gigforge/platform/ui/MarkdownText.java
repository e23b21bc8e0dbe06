package org.gigforge.platform.ui;

import com.vaadin.flow.component.html.Div;
import org.gigforge.platform.Markdown;

/** Member-written Markdown, shown as sanitised HTML (see {@link Markdown}). */
public class MarkdownText extends Div {

    public MarkdownText(String markdown) {
        addClassName("gf-markdown");
        // Safe by construction: Markdown.toSafeHtml escapes raw HTML and then applies an allow-list.
        getElement().setProperty("innerHTML", Markdown.toSafeHtml(markdown));
    }
}
