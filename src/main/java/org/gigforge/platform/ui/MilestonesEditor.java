package org.gigforge.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * Work split into milestones, one line each (what is delivered, the amount in whole units of one currency, an
 * optional due date), added and removed freely up to a maximum. The client's offer and the freelancer's
 * proposal use it; their services check the lines. Element ids start with the given prefix
 * ({@code offer-milestone-title-0}, {@code offer-milestone-add}).
 */
public class MilestonesEditor extends CustomField<List<MilestonesEditor.Line>> {

    /** One milestone as typed; the amount is missing while its field is empty. */
    public record Line(String title, @Nullable Money amount, @Nullable LocalDate dueDate) {}

    private record Row(TextField title, IntegerField amount, DatePicker due, Div line) {}

    private final String currency;
    private final int max;
    private final String idPrefix;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    /** Counts every line ever added, so ids stay unique when lines are removed. */
    private int added;

    public MilestonesEditor(String currency, int max, String idPrefix) {
        super(List.of());
        this.currency = currency;
        this.max = max;
        this.idPrefix = idPrefix;
        list.addClassName("gf-entry-list");
        list.setId(idPrefix + "-milestones");
        add = new Button(getTranslation("milestone.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(new Line(getTranslation("milestone.default", rows.size() + 1), null, null));
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(idPrefix + "-milestone-add");
        add(list, add);
    }

    /** The sum of the amounts typed so far (empty ones count as zero). */
    public Money total() {
        return getValue().stream().map(Line::amount).filter(java.util.Objects::nonNull)
                .reduce(Money.of(0, currency), Money::plus);
    }

    private void addRow(Line value) {
        int index = added++;
        var title = new TextField();
        title.setAriaLabel(getTranslation("milestone.title"));
        title.setPlaceholder(getTranslation("milestone.title"));
        title.setMaxLength(120);
        title.setValue(value.title());
        title.setId(idPrefix + "-milestone-title-" + index);
        var amount = new IntegerField();
        amount.setAriaLabel(getTranslation("milestone.amount"));
        amount.setSuffixComponent(new Span(currency));
        amount.setMin(1);
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.setValue(value.amount() == null ? null : value.amount().toDecimal().intValue());
        amount.setId(idPrefix + "-milestone-amount-" + index);
        var due = new DatePicker();
        due.setAriaLabel(getTranslation("milestone.due-date"));
        due.setPlaceholder(getTranslation("milestone.due-date"));
        due.setMin(LocalDate.now());
        due.setValue(value.dueDate());
        due.setId(idPrefix + "-milestone-due-" + index);
        var line = new Div(title, amount, due);
        line.addClassName("gf-inline-row");
        var row = new Row(title, amount, due, line);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            rows.remove(row);
            list.remove(line);
            add.setVisible(true);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("profile.remove", value.title()));
        remove.setId(idPrefix + "-milestone-remove-" + index);
        line.add(remove);
        title.addValueChangeListener(e -> updateValue());
        amount.addValueChangeListener(e -> updateValue());
        due.addValueChangeListener(e -> updateValue());
        rows.add(row);
        list.add(line);
        add.setVisible(rows.size() < max);
    }

    @Override
    protected List<Line> generateModelValue() {
        return rows.stream().map(r -> new Line(r.title().getValue(),
                r.amount().getValue() == null ? null : Money.ofMajor(r.amount().getValue(), currency),
                r.due().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<Line> value) {
        rows.clear();
        list.removeAll();
        add.setVisible(true);
        if (value != null) {
            value.stream().limit(max).forEach(this::addRow);
        }
    }
}
