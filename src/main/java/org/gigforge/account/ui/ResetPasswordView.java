package org.gigforge.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.internal.PasswordPolicy;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;

/** The page behind a reset mail's link: a new password, set once with the link's token. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountEmails emails;
    private final PasswordField password = new PasswordField();
    private final Paragraph status = new Paragraph();
    private final FormLayout form;
    private String token = "";

    ResetPasswordView(AccountEmails emails) {
        this.emails = emails;
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("signup.password.help", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setId("reset-password");
        var submit = new Button(getTranslation("reset.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("reset-submit");
        form = new FormLayout(password, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("gf-narrow-form");
        status.setId("reset-status");
        add(new H1(getTranslation("reset.heading")), status, form, new Anchor("login", getTranslation("forgot.back")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (!emails.resetTokenValid(token)) {
            expired();
        }
    }

    private void submit() {
        FormErrors.clear(Map.of("newPassword", password));
        try {
            emails.resetPassword(token, password.getValue());
            form.setVisible(false);
            status.setText(getTranslation("reset.done"));
        } catch (UserFacingException refused) {
            if ("account.reset.invalid".equals(refused.messageKey())) {
                expired();
            } else {
                FormErrors.show(this, refused, Map.of("newPassword", password));
            }
        }
    }

    private void expired() {
        form.setVisible(false);
        status.removeAll();
        status.setText(getTranslation("reset.invalid") + " ");
        status.add(new Anchor("forgot-password", getTranslation("reset.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.heading") + " · Gigforge";
    }
}
