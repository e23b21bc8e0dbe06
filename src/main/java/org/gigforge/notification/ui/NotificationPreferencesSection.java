package org.gigforge.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreference;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.AccountPageSection;
import org.gigforge.platform.ui.FormErrors;

/** On the account page: which notifications reach the member in the app, by email and by push. */
@org.springframework.stereotype.Component
class NotificationPreferencesSection implements AccountPageSection {

    private final NotificationPreferences preferences;

    NotificationPreferencesSection(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create() {
        var section = new Section();
        section.addClassName("gf-card");
        section.setId("notification-preferences");
        Map<NotificationType, Map<Channel, Boolean>> current = new EnumMap<>(NotificationType.class);
        for (NotificationPreference p : preferences.mine()) {
            current.computeIfAbsent(p.type(), t -> new EnumMap<>(Channel.class)).put(p.channel(), p.enabled());
        }
        var grid = new Grid<NotificationType>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(type -> section.getTranslation("notification.type." + type.name()))
                .setHeader(section.getTranslation("preferences.type")).setFlexGrow(3);
        for (Channel channel : Channel.values()) {
            grid.addComponentColumn(type -> checkbox(section, type, channel, current.get(type).get(channel)))
                    .setHeader(section.getTranslation("preferences.channel." + channel.id()))
                    .setKey(channel.id()).setFlexGrow(1);
        }
        grid.setItems(List.of(NotificationType.values()));
        grid.setAllRowsVisible(true);
        grid.setId("notification-preferences-grid");
        section.add(new H2(section.getTranslation("preferences.title")),
                new Paragraph(section.getTranslation("preferences.explain")), grid);
        return section;
    }

    private Checkbox checkbox(Section section, NotificationType type, Channel channel, boolean enabled) {
        var box = new Checkbox(enabled);
        box.setId("pref-" + type.name() + "-" + channel.id());
        box.setAriaLabel(section.getTranslation("notification.type." + type.name()) + " · "
                + section.getTranslation("preferences.channel." + channel.id()));
        box.addValueChangeListener(change -> {
            try {
                preferences.set(type, channel, change.getValue());
            } catch (UserFacingException refused) {
                box.setValue(change.getOldValue());
                FormErrors.show(section, refused, Map.of());
            }
        });
        return box;
    }
}
