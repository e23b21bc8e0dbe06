package org.gigforge.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.LoginThrottledException;
import org.gigforge.job.ui.ClientJobsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;

@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void anonymous_visitor_sees_the_login_form_without_an_error() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).id("login-form");
        assertThat(form.isVisible()).isTrue();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        openLoginWithError();

        LoginForm form = find(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Wrong email or password").doesNotContain("Too many attempts");
    }

    @Test
    void a_throttled_sign_in_explains_the_pause() {
        VaadinSession.getCurrent().getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LoginThrottledException());

        openLoginWithError();

        LoginForm form = find(LoginForm.class).id("login-form");
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many attempts");
    }

    @Test
    void a_signed_in_member_opening_login_is_sent_on_to_their_home() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        UI.getCurrent().navigate("login");

        assertThat(getCurrentView()).isInstanceOf(ClientJobsView.class);
        assertThat(find(LoginForm.class).exists()).isFalse();
    }

    /** The texts the form shows, as the JSON the view sends to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Where Spring Security sends a refused sign-in: {@code /login?error}. */
    private void openLoginWithError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
