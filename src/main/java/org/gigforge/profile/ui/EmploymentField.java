package org.gigforge.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.Employment;

/** A freelancer's employment history: company, role and months; newest first. */
class EmploymentField extends CustomField<List<Employment>> {

    private final List<Employment> history = new ArrayList<>();
    private final Div list = new Div();

    EmploymentField(String label) {
        super(List.of());
        setLabel(label);
        setId("profile-employment");
        var company = new TextField();
        company.setPlaceholder(getTranslation("profile.employment.company-label"));
        company.setAriaLabel(getTranslation("profile.employment.company-label"));
        company.setMaxLength(100);
        company.setId("profile-employment-company");
        var role = new TextField();
        role.setPlaceholder(getTranslation("profile.employment.role-label"));
        role.setAriaLabel(getTranslation("profile.employment.role-label"));
        role.setMaxLength(100);
        role.setId("profile-employment-role");
        var from = new DatePicker();
        from.setPlaceholder(getTranslation("profile.employment.from-label"));
        from.setAriaLabel(getTranslation("profile.employment.from-label"));
        from.setId("profile-employment-from");
        var to = new DatePicker();
        to.setPlaceholder(getTranslation("profile.employment.to-label"));
        to.setAriaLabel(getTranslation("profile.employment.to-label"));
        to.setHelperText(getTranslation("profile.employment.to-help"));
        to.setId("profile-employment-to");
        var add = new Button(getTranslation("profile.employment.add"), VaadinIcon.PLUS.create(), click -> {
            if (company.isEmpty() || role.isEmpty() || from.isEmpty()) {
                return;
            }
            history.add(new Employment(company.getValue(), role.getValue(), YearMonth.from(from.getValue()),
                    to.isEmpty() ? null : YearMonth.from(to.getValue())));
            history.sort(Comparator.comparing((Employment e) -> e.from() == null ? YearMonth.of(1900, 1) : e.from())
                    .reversed());
            company.clear();
            role.clear();
            from.clear();
            to.clear();
            refresh();
            updateValue();
        });
        add.setId("profile-employment-add");
        var row = new Div(company, role, from, to, add);
        row.addClassName("gf-inline-row");
        list.addClassName("gf-entry-list");
        add(list, row);
    }

    static String period(Employment e, String present) {
        var months = DateTimeFormatter.ofPattern("MMM yyyy", Formats.locale());
        String start = e.from() == null ? "" : months.format(e.from());
        return start + " – " + (e.to() == null ? present : months.format(e.to()));
    }

    private void refresh() {
        list.removeAll();
        for (Employment e : history) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                history.remove(e);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("profile.remove", e.company()));
            var entry = new Div(new Span(e.role() + ", " + e.company() + " · "
                    + period(e, getTranslation("profile.employment.present"))), remove);
            entry.addClassName("gf-entry");
            list.add(entry);
        }
    }

    @Override
    protected List<Employment> generateModelValue() {
        return List.copyOf(history);
    }

    @Override
    protected void setPresentationValue(List<Employment> value) {
        history.clear();
        if (value != null) {
            history.addAll(value);
        }
        refresh();
    }
}
