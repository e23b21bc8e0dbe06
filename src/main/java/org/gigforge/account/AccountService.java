package org.gigforge.account;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import org.gigforge.account.internal.AccountToken;
import org.gigforge.account.internal.AccountTokens;
import org.gigforge.account.internal.PasswordPolicy;
import org.gigforge.account.internal.SignInEvent;
import org.gigforge.account.internal.SignInEventRepository;
import org.gigforge.account.internal.UserAccount;
import org.gigforge.account.internal.UserAccountRepository;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.LikePattern;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: sign-up, the signed-in member's own account, and the admin's user list. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AccountService {

    /** The most users one page may hold. */
    public static final int MAX_PAGE_SIZE = 200;

    private final UserAccountRepository accounts;
    private final SignInEventRepository signIns;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final AccountTokens tokens;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            SignInEventRepository signIns,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            InputValidator validator,
            ApplicationEventPublisher events,
            AccountTokens tokens,
            Clock clock) {
        this.accounts = accounts;
        this.signIns = signIns;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.validator = validator;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates an account in the language of the current request (the browser's). */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary signUp(SignUpRequest request) {
        return signUp(request, LocaleContextHolder.getLocale());
    }

    /**
     * Creates an account with the chosen role (client or freelancer). Anyone may sign up. The address is
     * unverified until the link in the verification mail, sent now, is opened.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary signUp(SignUpRequest request, Locale locale) {
        validator.check(request);
        Role role = request.role();
        if (role == Role.ADMIN || role == null) {
            throw InvalidInputException.of("role", "account.role.required");
        }
        String email = request.email().strip();
        String name = request.name().strip();
        passwordPolicy.check("password", request.password(), email, name);
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw InvalidInputException.of("email", "account.email.taken");
        }
        var account = new UserAccount(email, name, passwordEncoder.encode(request.password()), EnumSet.of(role), clock.instant());
        account.speaks(AccountEmails.language(locale));
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceWithSameEmail) {
            throw InvalidInputException.of("email", "account.email.taken");
        }
        events.publishEvent(new MemberSignedUp(account.id(), role));
        Instant now = clock.instant();
        String token = tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, now, AccountEmails.VERIFICATION_TTL);
        events.publishEvent(new EmailVerificationRequested(account.id(), account.email(), account.name(),
                Locale.forLanguageTag(account.language()), token, now.plus(AccountEmails.VERIFICATION_TTL)));
        return account.summary();
    }

    /** The signed-in member's account. */
    public AccountSummary currentAccount() {
        return current().summary();
    }

    @Transactional
    public AccountSummary rename(String newName) {
        String name = newName.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("name", "account.name.required");
        }
        if (name.length() > 100) {
            throw InvalidInputException.of("name", "account.name.too-long", 100);
        }
        var account = current();
        account.rename(name);
        return account.summary();
    }

    /** Changes the password after checking the current one, so a borrowed open session cannot take over the account. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        var account = current();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "account.password.wrong");
        }
        passwordPolicy.check("newPassword", newPassword, account.email(), account.name());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Adds the other marketplace role (a client starts freelancing or the reverse); admin is never self-granted. */
    @Transactional
    public AccountSummary addRole(Role role) {
        if (role == Role.ADMIN) {
            throw new UserFacingException("account.role.admin-not-allowed");
        }
        var account = current();
        account.grant(role);
        refreshAuthorities(account);
        events.publishEvent(new MemberRoleAdded(account.id(), role));
        return account.summary();
    }

    /** The member's recent sign-in attempts, newest first. */
    public List<SignInRecord> recentSignIns(int limit) {
        return signIns.findByUserIdOrderByOccurredAtDesc(current().id().value(), Limit.of(Math.min(limit, 100)))
                .stream().map(SignInEvent::toRecord).toList();
    }

    /** Public display names (shown on job posts and profiles); emails stay private. */
    @PreAuthorize("permitAll()")
    public Map<UserId, String> publicNames(Collection<UserId> ids) {
        return accounts.findAllById(ids.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::name, (a, b) -> a));
    }

    /** Whether a member holds a role, e.g. before inviting them as a freelancer. Roles are not secret. */
    @PreAuthorize("isAuthenticated()")
    public boolean hasRole(UserId id, Role role) {
        return accounts.findById(id.value()).map(a -> a.roles().contains(role)).orElse(false);
    }

    /**
     * The members who hold the admin role, for platform notices that ask for an admin (a dispute awaiting a
     * decision). Ids only; listeners ask with nobody signed in.
     */
    @PreAuthorize("permitAll()")
    public List<UserId> adminIds() {
        return accounts.findAll(matching(new UserFilter(null, Role.ADMIN))).stream().map(UserAccount::id).toList();
    }

    /** When a member joined: public, shown next to their jobs and profile. */
    @PreAuthorize("permitAll()")
    public Instant memberSince(UserId id) {
        return accounts.findById(id.value()).map(UserAccount::createdAt)
                .orElseThrow(() -> new UserFacingException("account.not-found"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> findUsers(UserFilter filter, Pageable page) {
        return accounts.findAll(matching(filter), Paging.capped(page, MAX_PAGE_SIZE)).map(UserAccount::summary).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long countUsers(UserFilter filter) {
        return accounts.count(matching(filter));
    }

    private static Specification<UserAccount> matching(UserFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            String text = filter.text();
            if (text != null && !text.isBlank()) {
                String like = LikePattern.containing(text);
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, LikePattern.ESCAPE),
                        cb.like(cb.lower(root.get("email")), like, LikePattern.ESCAPE)));
            }
            Role role = filter.role();
            if (role != null) {
                predicates.add(cb.isMember(role, root.<Collection<Role>>get("roles")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private UserAccount current() {
        return accounts.findById(AccountPrincipal.currentUserId().value())
                .orElseThrow(() -> new UserFacingException("account.not-signed-in"));
    }

    /** New roles take effect in the running session without signing in again. */
    private static void refreshAuthorities(UserAccount account) {
        var context = SecurityContextHolder.getContext();
        Authentication old = context.getAuthentication();
        var principal = new AccountPrincipal(account.id(), account.email(), null, account.roles());
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        if (old != null) {
            updated.setDetails(old.getDetails());
        }
        context.setAuthentication(updated);
    }
}
