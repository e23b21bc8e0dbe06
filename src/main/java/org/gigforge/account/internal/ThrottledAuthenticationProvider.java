package org.gigforge.account.internal;

import org.gigforge.account.LoginThrottle;
import org.gigforge.account.LoginThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling: refuses before checking the password while the account or the
 * client address has too many recent failures, and records every attempt.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignInHistory history;

    ThrottledAuthenticationProvider(
            AccountUserDetailsService userDetails,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            SignInHistory history) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(userDetails);
        this.throttle = throttle;
        this.history = history;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.isThrottled(email, address)) {
            history.record(email, address, false);
            throw new LoginThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(email);
            history.record(email, address, true);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, address);
            history.record(email, address, false);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
