package org.gigforge.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.platform.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class AccountViewTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "quiet harbour lanterns";

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    private String email;

    /** A fresh client for every test, so renames and password changes never meet another test. */
    @BeforeEach
    void signInAsNewClient() {
        email = TestAccounts.uniqueEmail("account-view");
        accounts.signUp(new SignUpRequest("Carla Client", email, PASSWORD, Role.CLIENT));
        TestAccounts.signInAs(users, email);
        navigate(AccountView.class);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void shows_the_members_name_and_email() {
        assertThat(nameField().getValue()).isEqualTo("Carla Client");
        assertThat(find(TextField.class).withValue(email).single().isReadOnly()).isTrue();
    }

    @Test
    void renaming_saves_the_new_name() {
        test(nameField()).setValue("  Carla Renamed ");
        test(button("account-name-save")).click();

        assertThat(nameField().isInvalid()).isFalse();
        assertThat(accounts.currentAccount().name()).isEqualTo("Carla Renamed");
        assertThat(notificationText()).isEqualTo("Your name has been saved.");
    }

    @Test
    void an_empty_name_is_refused_on_the_name_field() {
        test(nameField()).setValue("   ");
        test(button("account-name-save")).click();

        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo("Please enter your name.");
        assertThat(accounts.currentAccount().name()).isEqualTo("Carla Client");
    }

    @Test
    void a_wrong_current_password_is_refused_on_that_field() {
        changePassword("not my password at all", "brand new secret phrase");

        assertThat(currentPassword().isInvalid()).isTrue();
        assertThat(currentPassword().getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(newPassword().isInvalid()).isFalse();
        assertPasswordIs(PASSWORD);
    }

    @Test
    void a_too_short_new_password_is_refused_on_the_new_password_field() {
        changePassword(PASSWORD, "short");

        assertThat(newPassword().isInvalid()).isTrue();
        assertThat(newPassword().getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat(currentPassword().isInvalid()).isFalse();
        assertPasswordIs(PASSWORD);
    }

    @Test
    void a_correct_change_replaces_the_password() {
        String fresh = "brand new secret phrase";
        changePassword(PASSWORD, fresh);

        assertThat(currentPassword().isInvalid()).isFalse();
        assertThat(newPassword().isInvalid()).isFalse();
        assertThat(currentPassword().getValue()).isEmpty();
        assertThat(newPassword().getValue()).isEmpty();
        assertThat(notificationText()).isEqualTo("Your password has been changed.");
        assertPasswordIs(fresh);
    }

    @Test
    void a_client_can_start_freelancing() {
        assertThat(find(Button.class).withId("account-add-client").exists()).isFalse();

        test(button("account-add-freelancer")).click();

        assertThat(accounts.currentAccount().roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.FREELANCER);
        // The running session has the new role at once, without signing in again.
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).contains("ROLE_FREELANCER");
    }

    @Test
    void a_freelancer_is_offered_hiring_instead() {
        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        navigate(AccountView.class);

        assertThat(find(Button.class).withId("account-add-freelancer").exists()).isFalse();
        assertThat(button("account-add-client").getText()).isEqualTo("Start hiring");
    }

    private void changePassword(String current, String fresh) {
        test(currentPassword()).setValue(current);
        test(newPassword()).setValue(fresh);
        test(button("account-password-save")).click();
    }

    /**
     * The stored hash cannot be compared directly: the service is asked to change the password with
     * {@code expected} as the current one (and then to change it back).
     */
    private void assertPasswordIs(String expected) {
        String other = expected.equals(PASSWORD) ? "another long passphrase" : PASSWORD;
        if (!expected.equals(PASSWORD)) {
            assertThatThrownBy(() -> accounts.changePassword(PASSWORD, other))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.field()).isEqualTo("currentPassword"));
        }
        assertThatCode(() -> accounts.changePassword(expected, other)).doesNotThrowAnyException();
        assertThatCode(() -> accounts.changePassword(other, expected)).doesNotThrowAnyException();
    }

    private String notificationText() {
        return test(find(Notification.class).last()).getText();
    }

    private TextField nameField() {
        return find(TextField.class).id("account-name");
    }

    private PasswordField currentPassword() {
        return find(PasswordField.class).id("account-current-password");
    }

    private PasswordField newPassword() {
        return find(PasswordField.class).id("account-new-password");
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }
}
