package org.gigforge.contract.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * How long, as hours and minutes side by side; the value is the total in minutes (null while both are empty).
 * The service checks the range (15 minutes to 24 hours); the field only keeps each part plausible.
 */
public class DurationField extends CustomField<Integer> {

    private final IntegerField hours = new IntegerField();
    private final IntegerField minutes = new IntegerField();

    public DurationField(String label, String idPrefix) {
        setLabel(label);
        hours.setMin(0);
        hours.setMax(24);
        hours.setStepButtonsVisible(true);
        hours.setWidth("8em");
        hours.setSuffixComponent(new Span(getTranslation("time.unit.hours")));
        hours.setAriaLabel(getTranslation("time.duration.hours"));
        hours.setId(idPrefix + "-hours");
        minutes.setMin(0);
        minutes.setMax(59);
        minutes.setWidth("8em");
        minutes.setSuffixComponent(new Span(getTranslation("time.unit.minutes")));
        minutes.setAriaLabel(getTranslation("time.duration.minutes"));
        minutes.setId(idPrefix + "-minutes");
        // Time is billed to the minute; the value follows both parts as they change.
        hours.addValueChangeListener(e -> updateValue());
        minutes.addValueChangeListener(e -> updateValue());
        var parts = new com.vaadin.flow.component.html.Div(hours, minutes);
        parts.addClassName("gf-inline-row");
        add(parts);
    }

    public IntegerField hours() {
        return hours;
    }

    public IntegerField minutes() {
        return minutes;
    }

    @Override
    protected @Nullable Integer generateModelValue() {
        Integer h = hours.getValue();
        Integer m = minutes.getValue();
        if (h == null && m == null) {
            return null;
        }
        return (h == null ? 0 : h) * 60 + (m == null ? 0 : m);
    }

    @Override
    protected void setPresentationValue(@Nullable Integer total) {
        hours.setValue(total == null ? null : total / 60);
        minutes.setValue(total == null ? null : total % 60);
    }
}
