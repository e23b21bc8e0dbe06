package org.gigforge.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filter fields every admin grid shares, so they look and behave the same. */
final class AdminFilters {

    private AdminFilters() {}

    /** A search box that filters as the admin pauses typing; the label doubles as its hint text. */
    static TextField search(Component view, String labelKey, String id) {
        var text = new TextField();
        text.setPlaceholder(view.getTranslation(labelKey));
        text.setAriaLabel(view.getTranslation(labelKey));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId(id);
        return text;
    }
}
