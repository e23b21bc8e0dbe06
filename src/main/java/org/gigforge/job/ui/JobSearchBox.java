package org.gigforge.job.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobSuggestion;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

/**
 * The full-text box of job search: the hits follow the words as they are typed, and a short list under the box
 * suggests skills (chosen as a filter) and titles of open jobs (searched for).
 */
class JobSearchBox extends Composite<Div> {

    static final int SUGGESTIONS = 6;

    private final TextField text = new TextField();
    private final Div suggestions = new Div();
    private final JobSearchService search;
    private boolean showing;

    JobSearchBox(JobSearchService search, Consumer<@Nullable String> onText, Consumer<String> onSkill) {
        this.search = search;
        var root = getContent();
        root.addClassName("gf-search-box");

        text.setId("search-text");
        text.setAriaLabel(getTranslation("search.text.label"));
        text.setPlaceholder(getTranslation("search.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(JobSearchService.MAX_TEXT_LENGTH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            String typed = e.getValue().isBlank() ? null : e.getValue().strip();
            suggest(e.getValue(), onText, onSkill);
            onText.accept(typed);
        });
        text.addKeyDownListener(Key.ESCAPE, e -> hideSuggestions());
        text.addKeyDownListener(Key.ENTER, e -> hideSuggestions());

        suggestions.setId("search-suggestions");
        suggestions.addClassName("gf-suggestions");
        suggestions.getElement().setAttribute("role", "group");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        suggestions.setVisible(false);
        root.add(text, suggestions);
    }

    /** Shows the words of the search (from the address), without suggesting or searching again. */
    void show(@Nullable String words) {
        String wanted = Objects.requireNonNullElse(words, "");
        if (text.getValue().strip().equals(wanted.strip())) {
            return; // what is being typed, perhaps with a space before the next word: leave it alone
        }
        showing = true;
        try {
            text.setValue(wanted);
        } finally {
            showing = false;
        }
    }

    private void suggest(String typed, Consumer<@Nullable String> onText, Consumer<String> onSkill) {
        suggestions.removeAll();
        List<JobSuggestion> found;
        try {
            found = search.suggest(typed, SUGGESTIONS);
        } catch (UserFacingException tooLong) {
            found = List.of();
        }
        for (JobSuggestion suggestion : found) {
            var button = new Button();
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("gf-suggestion");
            String skill = suggestion.skill();
            if (skill != null) {
                var kind = new Span(getTranslation("search.suggestion.skill"));
                kind.addClassName("gf-suggestion-kind");
                button.setText(suggestion.text());
                button.setSuffixComponent(kind);
                button.addClickListener(e -> {
                    hideSuggestions();
                    show(null);
                    onSkill.accept(skill);
                });
            } else {
                button.setText(suggestion.text());
                button.addClickListener(e -> {
                    hideSuggestions();
                    show(suggestion.text());
                    onText.accept(suggestion.text());
                });
            }
            suggestions.add(button);
        }
        suggestions.setVisible(!found.isEmpty());
    }

    void hideSuggestions() {
        suggestions.setVisible(false);
    }
}
