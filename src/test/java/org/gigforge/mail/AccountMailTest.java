package org.gigforge.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.gigforge.TestAccounts;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Verification and password reset mails over SMTP: content, links, language, single use, expiry, ownership. */
class AccountMailTest extends SmtpMailTest {

    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder passwords;

    @Test
    void sign_up_sends_an_english_verification_mail_whose_link_verifies_once() throws Exception {
        var member = signUp("verify-en", "Vera Verify", Locale.ENGLISH);
        deliver();

        var mail = mailsTo(member.email()).getFirst();
        assertThat(mailsTo(member.email())).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Gigforge");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@gigforge.local");
        assertThat(text(mail)).contains("Hello Vera Verify,").contains(SmtpMailTest.PUBLIC_URL + "/verify-email?token=");
        assertThat(html(mail)).contains("<html lang=\"en\">").contains("href=\"" + SmtpMailTest.PUBLIC_URL + "/verify-email?token=");
        // Essential mail: no unsubscribe.
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();

        TestAccounts.signInAs(users, member.email());
        assertThat(emails.emailVerified()).isFalse();
        TestAccounts.signOut();
        String token = token(mail, "verify-email");
        emails.verifyEmail(token);
        TestAccounts.signInAs(users, member.email());
        assertThat(emails.emailVerified()).isTrue();
        assertThatThrownBy(() -> emails.verifyEmail(token)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("account.verify.invalid");
    }

    @Test
    void a_german_member_gets_the_mail_in_german() throws Exception {
        var member = signUp("verify-de", "Dora Deutsch", Locale.GERMAN);
        deliver();

        var mail = mailsTo(member.email()).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Bestätige deine E-Mail-Adresse für Gigforge");
        assertThat(text(mail)).contains("Hallo Dora Deutsch,").contains("E-Mail-Adresse bestätigen: " + PUBLIC_URL + "/verify-email?token=");
        assertThat(html(mail)).contains("<html lang=\"de\">");
    }

    @Test
    void a_verification_link_expires_and_an_old_one_dies_when_a_new_one_is_sent() throws Exception {
        clock.set(Instant.parse("2031-03-01T10:00:00Z"));
        var member = signUp("verify-expiry", "Eve Expiry", Locale.ENGLISH);
        deliver();
        String first = token(mailsTo(member.email()).getFirst(), "verify-email");

        TestAccounts.signInAs(users, member.email());
        emails.resendVerification();
        TestAccounts.signOut();
        deliver();
        assertThat(mailsTo(member.email())).hasSize(2);
        String second = token(mailsTo(member.email()).getLast(), "verify-email");
        assertThatThrownBy(() -> emails.verifyEmail(first)).isInstanceOf(UserFacingException.class);

        clock.advance(Duration.ofHours(48).plusMinutes(1));
        assertThatThrownBy(() -> emails.verifyEmail(second)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("account.verify.invalid");
        TestAccounts.signInAs(users, member.email());
        assertThat(emails.emailVerified()).isFalse();
    }

    @Test
    void another_member_cannot_use_someone_elses_verification_link() throws Exception {
        var member = signUp("verify-owner", "Olga Owner", Locale.ENGLISH);
        deliver();
        String token = token(mailsTo(member.email()).getFirst(), "verify-email");

        TestAccounts.signInAs(users, TestAccounts.FREELANCER);
        assertThatThrownBy(() -> emails.verifyEmail(token)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("account.verify.other-member");
        TestAccounts.signInAs(users, member.email());
        assertThat(emails.emailVerified()).isFalse();
        // Still unused: its owner can use it.
        emails.verifyEmail(token);
        assertThat(emails.emailVerified()).isTrue();
    }

    @Test
    void a_password_reset_works_once_and_reveals_nothing_about_unknown_addresses() throws Exception {
        var member = signUp("reset", "Rita Reset", Locale.ENGLISH);
        deliver();
        int before = SMTP.getReceivedMessages().length;

        emails.requestPasswordReset("nobody-" + System.nanoTime() + "@example.org");
        deliver();
        assertThat(SMTP.getReceivedMessages()).hasSize(before);

        emails.requestPasswordReset("  " + member.email().toUpperCase(Locale.ROOT) + " ");
        deliver();
        var mail = mailsTo(member.email()).getLast();
        assertThat(mail.getSubject()).isEqualTo("Reset your Gigforge password");
        String token = token(mail, "reset-password");
        assertThat(emails.resetTokenValid(token)).isTrue();

        assertThatThrownBy(() -> emails.resetPassword(token, "short")).isInstanceOf(InvalidInputException.class);
        emails.resetPassword(token, "new harbour lanterns at dusk");
        var principal = TestAccounts.signInAs(users, member.email());
        assertThat(passwords.matches("new harbour lanterns at dusk", principal.getPassword())).isTrue();
        // The reset link proved the address.
        assertThat(emails.emailVerified()).isTrue();
        TestAccounts.signOut();

        assertThat(emails.resetTokenValid(token)).isFalse();
        assertThatThrownBy(() -> emails.resetPassword(token, "another harbour lantern"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("account.reset.invalid");
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_reset_requests_are_rate_limited() throws Exception {
        clock.set(Instant.parse("2031-04-01T10:00:00Z"));
        var member = signUp("reset-expiry", "Tom Timeout", Locale.ENGLISH);
        emails.requestPasswordReset(member.email());
        deliver();
        String token = token(mailsTo(member.email()).getLast(), "reset-password");
        clock.advance(Duration.ofMinutes(61));
        assertThat(emails.resetTokenValid(token)).isFalse();
        assertThatThrownBy(() -> emails.resetPassword(token, "new harbour lanterns at dusk"))
                .isInstanceOf(UserFacingException.class);

        emails.requestPasswordReset(member.email());
        emails.requestPasswordReset(member.email());
        emails.requestPasswordReset(member.email());
        emails.requestPasswordReset(member.email());
        deliver();
        // Verification, the first reset, then three more this hour; the fourth request of the hour is dropped.
        assertThat(mailsTo(member.email())).hasSize(1 + 1 + 3);
    }
}
