package org.gigforge.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;

/** Shows a service's refusal where it belongs: on the field it names, or as a notification. */
public final class FormErrors {

    private FormErrors() {}

    /** Marks fields named by the exception invalid with translated messages; the rest become a notification. */
    public static void show(Component view, UserFacingException refusal, Map<String, ? extends HasValidation> fields) {
        if (refusal instanceof InvalidInputException invalid) {
            for (var problem : invalid.problems()) {
                HasValidation field = fields.get(problem.field());
                String message = view.getTranslation(problem.messageKey(), problem.arguments());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    error(message);
                }
            }
            return;
        }
        error(view.getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    /** Clears earlier error marks before a new attempt. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void error(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        var notification = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
