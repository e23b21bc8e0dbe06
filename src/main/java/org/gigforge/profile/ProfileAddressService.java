package org.gigforge.profile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.gigforge.subscription.PlanFeature;
import org.gigforge.subscription.SubscriptionService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Freelancers with a plan that includes it choose their own profile address, {@code /u/{slug}}. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProfileAddressService {

    /** 3 to 30 characters: lowercase letters, digits and hyphens, not starting or ending with a hyphen. */
    static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{1,28}[a-z0-9]");

    /** Words that would pass for the marketplace speaking, or for one of its pages. */
    static final Set<String> RESERVED = Set.of("admin", "administrator", "api", "about", "account", "accounts",
            "billing", "blog", "client", "clients", "contracts", "disputes", "earnings", "freelancer", "freelancers",
            "gigforge", "help", "home", "jobs", "login", "logout", "mail", "messages", "moderator", "notifications",
            "null", "plans", "privacy", "profile", "root", "search", "security", "settings", "signup", "staff",
            "support", "system", "talent", "terms", "www");

    private final JdbcClient jdbc;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    ProfileAddressService(JdbcClient jdbc, SubscriptionService subscriptions, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** The signed-in freelancer's address, if they chose one (active or not). */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public Optional<ProfileAddress> myAddress() {
        return addressOf(AccountPrincipal.currentUserId());
    }

    /**
     * Sets the signed-in freelancer's address; needs a plan with {@link PlanFeature#CUSTOM_PROFILE_URL}. Refused
     * per field ({@code address}) when malformed, reserved or someone else's.
     */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public ProfileAddress setMyAddress(String slug) {
        UserId me = AccountPrincipal.currentUserId();
        if (!subscriptions.entitlementsOf(me).has(PlanFeature.CUSTOM_PROFILE_URL)) {
            throw new UserFacingException("profile.address.plan-needed");
        }
        String wanted = slug.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(wanted).matches()) {
            throw InvalidInputException.of("address", "profile.address.form");
        }
        if (RESERVED.contains(wanted)) {
            throw InvalidInputException.of("address", "profile.address.reserved");
        }
        if (addressOf(me).map(ProfileAddress::slug).filter(wanted::equals).isPresent()) {
            return addressOf(me).orElseThrow();
        }
        if (resolve(wanted).filter(taken -> !taken.freelancer().equals(me)).isPresent()) {
            throw InvalidInputException.of("address", "profile.address.taken");
        }
        try {
            jdbc.sql("""
                    insert into profile_address (user_id, slug, updated_at) values (?, ?, ?)
                    on conflict (user_id) do update set slug = excluded.slug, updated_at = excluded.updated_at""")
                    .params(me.value(), wanted, OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("address", "profile.address.taken");
        }
        return new ProfileAddress(me, wanted, true);
    }

    /** Gives the signed-in freelancer's address up; anyone may then take it. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public void removeMyAddress() {
        jdbc.sql("delete from profile_address where user_id = ?").param(AccountPrincipal.currentUserId().value()).update();
    }

    /** Whose address this is, and whether it leads to their profile now. Public: visitors follow these links. */
    @PreAuthorize("permitAll()")
    public Optional<ProfileAddress> resolve(String slug) {
        String wanted = slug.toLowerCase(Locale.ROOT);
        if (!FORM.matcher(wanted).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from profile_address where slug = ?").param(wanted).query(Long.class).optional()
                .map(UserId::new)
                .map(owner -> new ProfileAddress(owner, wanted, active(owner)));
    }

    /** A freelancer's address, active or not. */
    @PreAuthorize("permitAll()")
    public Optional<ProfileAddress> addressOf(UserId freelancer) {
        return jdbc.sql("select slug from profile_address where user_id = ?").param(freelancer.value())
                .query(String.class).optional()
                .map(slug -> new ProfileAddress(freelancer, slug, active(freelancer)));
    }

    private boolean active(UserId freelancer) {
        return subscriptions.entitlementsOf(freelancer).has(PlanFeature.CUSTOM_PROFILE_URL);
    }
}
