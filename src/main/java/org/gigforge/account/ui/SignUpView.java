package org.gigforge.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;

/** Join as a client or a freelancer. The service checks everything; the form shows where it failed. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext authentication;
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();

    SignUpView(AccountService accounts, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);

        role.setLabel(getTranslation("signup.role"));
        role.setItems(List.of(Role.CLIENT, Role.FREELANCER));
        role.setItemLabelGenerator(r -> getTranslation("signup.role." + r.name()));
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        role.setRequiredIndicatorVisible(true);
        role.setId("signup-role");

        var name = new TextField(getTranslation("signup.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setId("signup-name");

        var email = new EmailField(getTranslation("signup.email"));
        email.setRequiredIndicatorVisible(true);
        email.setId("signup-email");

        var password = new PasswordField(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help", 10));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setId("signup-password");

        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("name", name, "email", email, "password", password, "role", role);

        var submit = new Button(getTranslation("signup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setId("signup-submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            FormErrors.clear(fields);
            try {
                var account = accounts.signUp(new SignUpRequest(name.getValue(), email.getValue(), password.getValue(),
                        role.getValue()), getLocale());
                SessionSignIn.signIn(account);
                getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
                submit.setEnabled(true);
            }
        });

        var form = new FormLayout(role, name, email, password, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("gf-narrow-form");

        var login = new Paragraph(getTranslation("signup.have-account") + " ");
        login.add(new Anchor("login", getTranslation("signup.login-link")));

        add(new H1(getTranslation("signup.heading")), new Paragraph(getTranslation("signup.lead")), form, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        // "Hire talent" and "Find work" on the landing page preselect the role.
        event.getLocation().getQueryParameters().getSingleParameter("role").ifPresent(value -> {
            if (value.equals(Role.CLIENT.name()) || value.equals(Role.FREELANCER.name())) {
                role.setValue(Role.valueOf(value));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.heading") + " · Gigforge";
    }
}
