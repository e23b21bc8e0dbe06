package org.gigforge.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.mail.MailOutbox;
import org.gigforge.mail.MailRecord;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The account page's verification banner and notification preferences, and the forgot / reset password pages,
 * in the embedded mode where mails land in the outbox.
 */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AccountMailViewsTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "quiet harbour lanterns";

    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired AccountEmails emails;
    @Autowired NotificationPreferences preferences;
    @Autowired MailOutbox outbox;
    @Autowired PasswordEncoder passwords;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String newMember(String prefix) {
        String email = TestAccounts.uniqueEmail(prefix);
        accounts.signUp(new SignUpRequest("Petra Page", email, PASSWORD, Role.CLIENT), Locale.ENGLISH);
        return email;
    }

    @Test
    void the_preferences_grid_shows_defaults_and_saves_a_change() {
        String email = newMember("prefs-view");
        TestAccounts.signInAs(users, email);
        navigate(AccountView.class);

        Grid<NotificationType> grid = find(Grid.class).id("notification-preferences-grid");
        assertThat(test(grid).size()).isEqualTo(NotificationType.values().length);
        assertThat(test(grid).getHeaderCell(1)).isEqualTo("In the app");
        int offers = NotificationType.OFFER_RECEIVED.ordinal();
        assertThat(test(grid).getCellText(offers, 0)).isEqualTo("Offers");
        var byEmail = (Checkbox) test(grid).getCellComponent(offers, Channel.EMAIL.id());
        var push = (Checkbox) test(grid).getCellComponent(NotificationType.REVIEW_PUBLISHED.ordinal(), Channel.PUSH.id());
        assertThat(byEmail.getValue()).isTrue();
        assertThat(push.getValue()).isFalse();

        byEmail.setValue(false);

        assertThat(preferences.enabled(accounts.currentAccount().id(), NotificationType.OFFER_RECEIVED, Channel.EMAIL))
                .isFalse();
        navigate(AccountView.class);
        grid = find(Grid.class).id("notification-preferences-grid");
        assertThat(((Checkbox) test(grid).getCellComponent(offers, Channel.EMAIL.id())).getValue()).isFalse();
    }

    @Test
    void an_unverified_member_sees_the_banner_and_can_send_the_link_again() {
        String email = newMember("banner");
        TestAccounts.signInAs(users, email);
        navigate(AccountView.class);

        assertThat(find(Section.class).id("account-verify-banner").isVisible()).isTrue();
        test(find(Button.class).id("account-verify-again")).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("We sent a new link to " + email + ".");
        assertThat(mailsTo(email)).hasSize(2).allSatisfy(m -> assertThat(m.type()).isEqualTo("VERIFY_EMAIL"));

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        navigate(AccountView.class);
        assertThat(find(Section.class).withId("account-verify-banner").exists()).isFalse();
    }

    @Test
    void the_login_page_leads_to_forgot_password() {
        navigate(LoginView.class);
        test(find(LoginForm.class).single()).forgotPassword();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);
    }

    @Test
    void forgot_password_answers_alike_for_unknown_addresses_and_the_reset_page_sets_the_password_once() {
        String email = newMember("forgot-view");
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).id("forgot-email")).setValue("nobody-" + System.nanoTime() + "@example.org");
        test(find(Button.class).id("forgot-submit")).click();
        String unknown = find(Paragraph.class).id("forgot-done").getText();

        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).id("forgot-email")).setValue(email);
        test(find(Button.class).id("forgot-submit")).click();
        assertThat(find(Paragraph.class).id("forgot-done").getText()).isEqualTo(unknown.replaceFirst("nobody-\\d+@example.org", email));

        var mail = mailsTo(email).stream().filter(m -> m.type().equals("RESET_PASSWORD")).findFirst().orElseThrow();
        var matcher = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)").matcher(mail.text());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.of("token", token));
        test(find(PasswordField.class).id("reset-password")).setValue("password");
        test(find(Button.class).id("reset-submit")).click();
        assertThat(find(PasswordField.class).id("reset-password").isInvalid()).isTrue();
        test(find(PasswordField.class).id("reset-password")).setValue("fresh lanterns over the harbour");
        test(find(Button.class).id("reset-submit")).click();
        assertThat(find(Paragraph.class).id("reset-status").getText()).isEqualTo(
                "Your password has been changed. You can log in with it now.");
        var principal = TestAccounts.signInAs(users, email);
        assertThat(passwords.matches("fresh lanterns over the harbour", principal.getPassword())).isTrue();
        TestAccounts.signOut();

        UI.getCurrent().navigate(ResetPasswordView.class, QueryParameters.of("token", token));
        assertThat(find(Paragraph.class).id("reset-status").getText()).startsWith("This link is not valid any more");
        assertThat(find(PasswordField.class).withId("reset-password").exists()).isFalse();
    }

    /** The outbox rows for an address, read as the admin. */
    private List<MailRecord> mailsTo(String address) {
        var previous = SecurityContextHolder.getContext();
        try {
            TestAccounts.signInAs(users, TestAccounts.ADMIN);
            return outbox.find(PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "id"))).stream()
                    .filter(m -> m.to().equals(address)).toList();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
