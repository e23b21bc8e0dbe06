package org.gigforge.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.gigforge.account.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign in with email and password; explains a refusal without saying which part was wrong. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final transient AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassNames("gf-page", "gf-auth-page");
        setAlignItems(Alignment.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(forgot -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.message")));
        form.setId("login-form");

        var signup = new Paragraph(getTranslation("login.no-account") + " ");
        var link = new Anchor("signup", getTranslation("login.signup-link"));
        link.setId("signup-link");
        signup.add(link);

        add(new H1(getTranslation("login.heading")), form, signup);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailure() instanceof LoginThrottledException) {
                form.setI18n(i18n(getTranslation("login.throttled.title"), getTranslation("login.throttled.message")));
            }
            form.setError(true);
        }
    }

    /** Spring Security leaves the last sign-in failure in the session; only its type is read. */
    private static Object lastFailure() {
        var request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure == null ? new Object() : failure;
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        var header = new LoginI18n.Header();
        header.setTitle("Gigforge");
        i18n.setHeader(header);
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.form.email"));
        form.setPassword(getTranslation("login.form.password"));
        form.setSubmit(getTranslation("login.form.submit"));
        form.setForgotPassword(getTranslation("login.form.forgot"));
        var error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " · Gigforge";
    }
}
