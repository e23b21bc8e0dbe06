package org.gigforge.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds it in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private @Nullable String passwordHash;
    private final List<Role> roles;

    public AccountPrincipal(UserId userId, String email, @Nullable String passwordHash, Collection<Role> roles) {
        this.userId = userId.value();
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = List.copyOf(roles);
    }

    /** The signed-in member, if anyone is signed in: for pages that anonymous visitors may read too. */
    public static java.util.Optional<AccountPrincipal> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? java.util.Optional.of(principal)
                : java.util.Optional.empty();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The signed-in member's id; refuses when nobody is signed in. */
    public static UserId currentUserId() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.userId();
        }
        throw new UserFacingException("account.not-signed-in");
    }

    public UserId userId() {
        return new UserId(userId);
    }

    public List<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
