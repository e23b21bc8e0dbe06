package org.gigforge;

import java.util.concurrent.atomic.AtomicInteger;
import org.gigforge.account.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Demo logins (seeded in every test context) and helpers to act as one of them. */
public final class TestAccounts {

    public static final String PASSWORD = "gigforge-demo";
    public static final String CLIENT = "client@demo.gigforge.org";
    public static final String FREELANCER = "freelancer@demo.gigforge.org";
    public static final String ADMIN = "admin@demo.gigforge.org";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {}

    /** An email no other test uses, so tests can share one database. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    /** Puts the account into the security context, as a signed-in session would. */
    public static AccountPrincipal signInAs(UserDetailsService users, String email) {
        var principal = (AccountPrincipal) users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
