package org.gigforge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@GigforgeTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void signs_up_a_client_with_a_hashed_password() {
        String email = TestAccounts.uniqueEmail("new.client");
        var account = accounts.signUp(new SignUpRequest("  Ada Obi ", email, "copper kettle mountain", Role.CLIENT));

        assertThat(account.name()).isEqualTo("Ada Obi");
        assertThat(account.roles()).containsExactly(Role.CLIENT);
        var stored = users.loadUserByUsername(email.toUpperCase());
        assertThat(stored.getPassword()).startsWith("{bcrypt}").doesNotContain("copper");
        assertThat(encoder.matches("copper kettle mountain", stored.getPassword())).isTrue();
    }

    @Test
    void refuses_a_duplicate_email_whatever_its_case() {
        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest("Someone", "  CLIENT@Demo.Gigforge.org ",
                "copper kettle mountain", Role.FREELANCER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("account.email.taken");
                });
    }

    @Test
    void refuses_a_weak_password_and_keeps_nothing() {
        String email = TestAccounts.uniqueEmail("weak");
        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest("Weak Pass", email, "password123", Role.CLIENT)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.password.too-common"));
        assertThatThrownBy(() -> users.loadUserByUsername(email)).hasMessageContaining("No account");
    }

    @Test
    void reports_every_invalid_field_at_once() {
        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest("", "not-an-email", "copper kettle mountain", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("name", "email", "role"));
    }

    @Test
    void nobody_signs_up_as_admin() {
        assertThatThrownBy(() -> accounts.signUp(new SignUpRequest("Mallory", TestAccounts.uniqueEmail("mallory"),
                "copper kettle mountain", Role.ADMIN)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_member_changes_name_and_password_and_adds_the_other_role() {
        String email = TestAccounts.uniqueEmail("both");
        accounts.signUp(new SignUpRequest("Lena Park", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);

        assertThat(accounts.rename("Lena Park-Hughes").name()).isEqualTo("Lena Park-Hughes");
        assertThatThrownBy(() -> accounts.changePassword("wrong one here", "granite river lantern"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changePassword("copper kettle mountain", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        accounts.changePassword("copper kettle mountain", "granite river lantern");
        assertThat(encoder.matches("granite river lantern", users.loadUserByUsername(email).getPassword())).isTrue();

        var after = accounts.addRole(Role.FREELANCER);
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.CLIENT, Role.FREELANCER);
        assertThatThrownBy(() -> accounts.addRole(Role.ADMIN)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void only_admins_list_users() {
        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThatThrownBy(() -> accounts.findUsers(UserFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        var freelancers = accounts.findUsers(new UserFilter(null, Role.FREELANCER), PageRequest.of(0, 200));
        assertThat(freelancers).isNotEmpty().allMatch(u -> u.has(Role.FREELANCER));
        var byName = accounts.findUsers(new UserFilter("LINDQVIST", null), PageRequest.of(0, 10, Sort.by("name")));
        assertThat(byName).extracting(AccountSummary::email).containsExactly(TestAccounts.CLIENT);
        assertThat(accounts.countUsers(new UserFilter("%", null))).isZero();
    }

    @Test
    void anonymous_callers_are_refused_personal_data() {
        assertThatThrownBy(() -> accounts.currentAccount()).isInstanceOf(Exception.class);
    }
}
