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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.gigforge.account.AccountEmails;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;

/**
 * "Forgot password?": asks for the address and answers the same whether or not it belongs to a member, so the
 * page cannot be used to find out who has an account.
 */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(AccountEmails emails) {
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);
        var email = new EmailField(getTranslation("forgot.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setId("forgot-email");
        var done = new Paragraph();
        done.setId("forgot-done");
        done.setVisible(false);
        var submit = new Button(getTranslation("forgot.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("forgot-submit");
        submit.addClickListener(click -> {
            FormErrors.clear(Map.of("email", email));
            try {
                emails.requestPasswordReset(email.getValue());
                done.setText(getTranslation("forgot.done", email.getValue().strip()));
                done.setVisible(true);
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("email", email));
            }
        });
        var form = new FormLayout(email, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("gf-narrow-form");
        add(new H1(getTranslation("forgot.heading")), new Paragraph(getTranslation("forgot.lead")), form, done,
                new Anchor("login", getTranslation("forgot.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.heading") + " · Gigforge";
    }
}
