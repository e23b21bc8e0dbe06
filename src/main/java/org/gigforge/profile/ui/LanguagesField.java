package org.gigforge.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;

/** The languages a freelancer works in, each with a level; added from a list of every ISO language. */
class LanguagesField extends CustomField<List<LanguageSkill>> {

    private final List<LanguageSkill> languages = new ArrayList<>();
    private final Div list = new Div();

    LanguagesField(String label) {
        super(List.of());
        setLabel(label);
        setId("profile-languages");
        var language = new ComboBox<String>();
        language.setAriaLabel(getTranslation("profile.languages.language"));
        language.setPlaceholder(getTranslation("profile.languages.language"));
        language.setItems(Stream.of(Locale.getISOLanguages())
                .sorted(Comparator.comparing(LanguagesField::name)).toList());
        language.setItemLabelGenerator(LanguagesField::name);
        language.setId("profile-language");
        var level = new Select<LanguageLevel>();
        level.setAriaLabel(getTranslation("profile.languages.level-label"));
        level.setItems(LanguageLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("language-level." + l.name()));
        level.setValue(LanguageLevel.FLUENT);
        level.setId("profile-language-level");
        var add = new Button(getTranslation("profile.languages.add"), VaadinIcon.PLUS.create(), click -> {
            String code = language.getValue();
            if (code == null || languages.stream().anyMatch(l -> l.code().equals(code))) {
                return;
            }
            languages.add(new LanguageSkill(code, level.getValue()));
            language.clear();
            refresh();
            updateValue();
        });
        add.setId("profile-language-add");
        var row = new Div(language, level, add);
        row.addClassName("gf-inline-row");
        list.addClassName("gf-entry-list");
        add(list, row);
    }

    static String name(String code) {
        return Locale.of(code).getDisplayLanguage(Formats.locale());
    }

    private void refresh() {
        list.removeAll();
        for (LanguageSkill skill : languages) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                languages.remove(skill);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("profile.remove", name(skill.code())));
            var entry = new Span(new Span(name(skill.code()) + " · " + getTranslation("language-level." + skill.level())), remove);
            entry.addClassName("gf-skill");
            list.add(entry);
        }
    }

    @Override
    protected List<LanguageSkill> generateModelValue() {
        return List.copyOf(languages);
    }

    @Override
    protected void setPresentationValue(List<LanguageSkill> value) {
        languages.clear();
        if (value != null) {
            languages.addAll(value);
        }
        refresh();
    }
}
