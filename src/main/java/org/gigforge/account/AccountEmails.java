package org.gigforge.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.gigforge.account.internal.AccountToken;
import org.gigforge.account.internal.AccountTokens;
import org.gigforge.account.internal.PasswordPolicy;
import org.gigforge.account.internal.UserAccount;
import org.gigforge.account.internal.UserAccountRepository;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's address: verifying it, sending the verification again, resetting a forgotten password, and the
 * contact details mail delivery needs. Links carry single-use tokens (see {@code AccountTokens}); the mails
 * themselves are written by the mail module from the events published here.
 */
@Service
@Transactional(readOnly = true)
public class AccountEmails {

    public static final Duration VERIFICATION_TTL = Duration.ofHours(48);
    public static final Duration RESET_TTL = Duration.ofHours(1);
    /** Mails of one kind per account and hour: enough for a lost mail, too few to flood a mailbox. */
    public static final int MAX_MAILS_PER_HOUR = 3;

    private static final Logger log = LoggerFactory.getLogger(AccountEmails.class);

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountEmails(UserAccountRepository accounts, AccountTokens tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in member has confirmed their address. */
    @PreAuthorize("isAuthenticated()")
    public boolean emailVerified() {
        return current().emailVerified();
    }

    /** Sends the verification mail again (a few times an hour at most); earlier links stop working. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resendVerification() {
        UserAccount account = current();
        if (account.emailVerified()) {
            throw new UserFacingException("account.verify.already");
        }
        Instant now = clock.instant();
        if (tokens.issuedSince(account, AccountToken.Purpose.VERIFY_EMAIL, now.minus(Duration.ofHours(1))) >= MAX_MAILS_PER_HOUR) {
            throw new UserFacingException("account.verify.too-many");
        }
        String token = tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, now, VERIFICATION_TTL);
        events.publishEvent(new EmailVerificationRequested(account.id(), account.email(), account.name(),
                locale(account), token, now.plus(VERIFICATION_TTL)));
    }

    /**
     * Confirms the address the token was sent to. Anyone holding the link may open it signed out; signed in as
     * another member, it is refused, so a forwarded link cannot be mistaken for the reader's own.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void verifyEmail(String token) {
        Instant now = clock.instant();
        AccountToken found = tokens.redeemable(token, AccountToken.Purpose.VERIFY_EMAIL, now)
                .orElseThrow(() -> new UserFacingException("account.verify.invalid"));
        Optional<UserId> reader = AccountPrincipal.current().map(AccountPrincipal::userId);
        if (reader.isPresent() && reader.get().value() != found.userId()) {
            throw new UserFacingException("account.verify.other-member");
        }
        UserAccount account = accounts.findById(found.userId())
                .orElseThrow(() -> new UserFacingException("account.verify.invalid"));
        if (!account.email().equalsIgnoreCase(found.email())) {
            throw new UserFacingException("account.verify.invalid");
        }
        found.use(now);
        account.verifyEmail(now);
    }

    /**
     * Sends a reset link if the address belongs to a member, and does nothing otherwise; the caller cannot tell
     * which, so the form reveals no addresses. Requests beyond a few an hour are dropped just as silently.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String email) {
        String address = email.strip();
        if (address.isEmpty() || address.length() > 254) {
            throw InvalidInputException.of("email", "account.email.invalid");
        }
        accounts.findByEmailIgnoreCase(address).ifPresent(account -> {
            Instant now = clock.instant();
            if (tokens.issuedSince(account, AccountToken.Purpose.RESET_PASSWORD, now.minus(Duration.ofHours(1)))
                    >= MAX_MAILS_PER_HOUR) {
                log.info("Password reset for account {} dropped: too many requests this hour", account.id());
                return;
            }
            String token = tokens.issue(account, AccountToken.Purpose.RESET_PASSWORD, now, RESET_TTL);
            events.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.name(),
                    locale(account), token, now.plus(RESET_TTL)));
        });
    }

    /** Whether a reset link still works, so the page can say so before the member types a new password. */
    @PreAuthorize("permitAll()")
    public boolean resetTokenValid(String token) {
        return tokens.valid(token, AccountToken.Purpose.RESET_PASSWORD, clock.instant());
    }

    /**
     * Sets a new password with a reset link, once. The link also proves the member reads the address, so it
     * counts as verified.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        AccountToken found = tokens.redeemable(token, AccountToken.Purpose.RESET_PASSWORD, now)
                .orElseThrow(() -> new UserFacingException("account.reset.invalid"));
        UserAccount account = accounts.findById(found.userId())
                .orElseThrow(() -> new UserFacingException("account.reset.invalid"));
        passwordPolicy.check("newPassword", newPassword, account.email(), account.name());
        found.use(now);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        if (account.email().equalsIgnoreCase(found.email())) {
            account.verifyEmail(now);
        }
    }

    /** Where and in which language to write to a member. For mail delivery, which runs with nobody signed in. */
    @PreAuthorize("permitAll()")
    public Optional<AccountContact> contact(UserId id) {
        return accounts.findById(id.value()).map(a -> new AccountContact(a.id(), a.name(), a.email(), locale(a),
                a.emailVerified()));
    }

    /** The language mails are written in: German for German speakers, English for everyone else. */
    static String language(Locale locale) {
        return "de".equals(locale.getLanguage()) ? "de" : "en";
    }

    private static Locale locale(UserAccount account) {
        return Locale.forLanguageTag(account.language());
    }

    private UserAccount current() {
        return accounts.findById(AccountPrincipal.currentUserId().value())
                .orElseThrow(() -> new UserFacingException("account.not-signed-in"));
    }
}
