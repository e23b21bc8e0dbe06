package org.gigforge.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountService;
import org.gigforge.account.LoginThrottledException;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in through the real provider: refusals, throttling and the sign-in history. */
@GigforgeTest
class SignInTest {

    @Autowired ThrottledAuthenticationProvider provider;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired SignInHistory history;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void signs_in_with_the_right_password_and_refuses_a_wrong_one() {
        String email = newMember();
        assertThatThrownBy(() -> provider.authenticate(attempt(email, "not my password", "192.0.2.10")))
                .isInstanceOf(BadCredentialsException.class);
        Authentication ok = provider.authenticate(attempt(email.toUpperCase(), "copper kettle mountain", "192.0.2.10"));
        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(ok.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_FREELANCER")
                .doesNotContain("ROLE_CLIENT", "ROLE_ADMIN");

        TestAccounts.signInAs(users, email);
        assertThat(accounts.recentSignIns(10)).extracting(r -> r.succeeded()).containsExactly(true, false);
        assertThat(accounts.currentAccount().lastSignInAt()).isNotNull();
    }

    @Test
    void unknown_emails_are_refused_like_wrong_passwords() {
        assertThatThrownBy(() -> provider.authenticate(attempt("nobody@example.org", "whatever it is", "192.0.2.11")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void throttles_an_account_after_five_failures_even_with_the_right_password() {
        String email = newMember();
        for (int i = 0; i < 5; i++) {
            String address = "198.51.100." + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(email, "guess number " + address, address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt(email, "copper kettle mountain", "198.51.100.99")))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void purges_sign_in_history_past_its_retention() {
        jdbc.update("insert into account_sign_in (user_id, address, succeeded, occurred_at) values (null, '203.0.113.1', false, ?)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(91L * 24 * 3600)));
        assertThat(history.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from account_sign_in where occurred_at < now() - interval '90 days'",
                Long.class)).isZero();
    }

    private String newMember() {
        String email = TestAccounts.uniqueEmail("signin");
        accounts.signUp(new SignUpRequest("Sign In", email, "copper kettle mountain", Role.FREELANCER));
        return email;
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
