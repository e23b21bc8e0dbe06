package org.gigforge.account.ui;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Signs a member in right after sign-up, with a fresh session id (no session fixation). */
final class SessionSignIn {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {}

    static void signIn(AccountSummary account) {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            throw new IllegalStateException("Sign-in needs a browser request");
        }
        VaadinService.reinitializeSession(request);
        var principal = new AccountPrincipal(account.id(), account.email(), null, account.roles());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
    }
}
