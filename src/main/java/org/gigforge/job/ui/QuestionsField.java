package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.job.JobDraft;

/** Up to five screening questions every applicant answers, in the client's order. */
class QuestionsField extends CustomField<List<String>> {

    private final List<TextField> questions = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    QuestionsField() {
        super(List.of());
        setLabel(getTranslation("job.questions"));
        setHelperText(getTranslation("job.questions.help", JobDraft.MAX_QUESTIONS));
        setId("job-questions");
        list.addClassName("gf-entry-list");
        add = new Button(getTranslation("job.questions.add"), VaadinIcon.PLUS.create(), click -> {
            addQuestion("");
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("job-question-add");
        add(list, add);
    }

    private void addQuestion(String text) {
        var field = new TextField();
        field.setValue(text);
        field.setMaxLength(300);
        field.setWidthFull();
        field.setAriaLabel(getTranslation("job.questions.number", questions.size() + 1));
        field.setId("job-question-" + questions.size());
        field.addValueChangeListener(e -> updateValue());
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            questions.remove(field);
            refresh();
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("job.questions.remove"));
        field.setSuffixComponent(remove);
        questions.add(field);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        questions.forEach(list::add);
        add.setEnabled(questions.size() < JobDraft.MAX_QUESTIONS);
    }

    @Override
    protected List<String> generateModelValue() {
        return questions.stream().map(TextField::getValue).toList();
    }

    @Override
    protected void setPresentationValue(List<String> value) {
        questions.clear();
        (value == null ? List.<String>of() : value).forEach(this::addQuestion);
        refresh();
    }
}
