package org.gigforge.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class SignUpViewTest extends SpringBrowserlessTest {

    private static final String STRONG_PASSWORD = "violet tractor marmalade";

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_weak_password_is_refused_on_the_password_field_and_creates_no_account() {
        navigate(SignUpView.class);
        String email = TestAccounts.uniqueEmail("weak");

        fill(Role.CLIENT, "Wendy Weak", email, "password123");
        submit();

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).contains("too common");
        assertThat(emailField().isInvalid()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(submitButton().isEnabled()).isTrue();
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void an_email_that_is_taken_in_any_case_is_refused_on_the_email_field() {
        navigate(SignUpView.class);

        fill(Role.FREELANCER, "Copy Cat", TestAccounts.CLIENT.toUpperCase(Locale.ROOT), STRONG_PASSWORD);
        submit();

        assertThat(emailField().isInvalid()).isTrue();
        assertThat(emailField().getErrorMessage()).contains("already exists");
        assertThat(password().isInvalid()).isFalse();
        // Still the demo client's one account: nothing was created under the upper-case spelling.
        assertThat(users.loadUserByUsername(TestAccounts.CLIENT.toUpperCase(Locale.ROOT)).getUsername())
                .isEqualTo(TestAccounts.CLIENT);
    }

    @Test
    void an_earlier_error_is_cleared_when_the_next_attempt_fails_elsewhere() {
        navigate(SignUpView.class);

        fill(Role.CLIENT, "Second Try", TestAccounts.CLIENT, "password123");
        submit();
        assertThat(password().isInvalid()).isTrue();

        test(password()).setValue(STRONG_PASSWORD);
        submit();

        assertThat(password().isInvalid()).isFalse();
        assertThat(emailField().isInvalid()).isTrue();
    }

    @Test
    void a_missing_role_is_refused_on_the_role_group() {
        navigate(SignUpView.class);
        String email = TestAccounts.uniqueEmail("norole");

        fill(null, "Nora Role", email, STRONG_PASSWORD);
        submit();

        assertThat(role().isInvalid()).isTrue();
        assertThat(role().getErrorMessage()).contains("hire or to work");
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void the_role_in_the_address_is_preselected() {
        UI.getCurrent().navigate("signup", QueryParameters.of("role", "FREELANCER"));

        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(role().getValue()).isEqualTo(Role.FREELANCER);
    }

    @Test
    void admin_in_the_address_is_not_preselected() {
        UI.getCurrent().navigate("signup", QueryParameters.of("role", "ADMIN"));

        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(role().getValue()).isNull();
    }

    @Test
    void a_signed_in_member_opening_sign_up_is_sent_on() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);

        UI.getCurrent().navigate("signup");

        assertThat(getCurrentView()).isNotInstanceOf(SignUpView.class);
    }

    @Test
    void a_valid_sign_up_creates_the_account_and_signs_the_member_in() {
        navigate(SignUpView.class);
        String email = TestAccounts.uniqueEmail("olga");

        fill(Role.CLIENT, "  Olga Okay ", email, STRONG_PASSWORD);
        submit();

        var created = users.loadUserByUsername(email);
        assertThat(created.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CLIENT");
        // Signed in for this request and, through the session, for the next ones.
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication).isNotNull();
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
                principal -> assertThat(principal.getUsername()).isEqualTo(email));
        var saved = (SecurityContext) VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(saved).isNotNull();
        assertThat(saved.getAuthentication().getName()).isEqualTo(email);
        assertThat(accounts.currentAccount().name()).isEqualTo("Olga Okay");
        assertThat(find(Notification.class).exists()).isFalse();
        // A full page load follows, so the layout is built for the member with the new session id.
        assertThat(pageLoadsRequested()).singleElement().asString()
                .as("the browser must be sent to a real address: window.open('', '_self') goes nowhere")
                .isNotBlank();
    }

    /** The addresses the view asked the browser to load with {@code Page.setLocation}, still queued for it. */
    private static List<Object> pageLoadsRequested() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("window.open(") && js.getParameters().size() == 2
                        && "_self".equals(js.getParameters().get(1)))
                .map(js -> js.getParameters().getFirst())
                .toList();
    }

    private void fill(Role chosen, String name, String email, String secret) {
        if (chosen != null) {
            test(role()).selectItem(chosen == Role.CLIENT ? "Hire freelancers (client)" : "Work as a freelancer");
            assertThat(role().getValue()).isEqualTo(chosen);
        }
        test(find(TextField.class).id("signup-name")).setValue(name);
        test(emailField()).setValue(email);
        test(password()).setValue(secret);
    }

    private void submit() {
        test(submitButton()).click();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Role> role() {
        return find(RadioButtonGroup.class).id("signup-role");
    }

    private EmailField emailField() {
        return find(EmailField.class).id("signup-email");
    }

    private PasswordField password() {
        return find(PasswordField.class).id("signup-password");
    }

    private Button submitButton() {
        return find(Button.class).id("signup-submit");
    }
}
