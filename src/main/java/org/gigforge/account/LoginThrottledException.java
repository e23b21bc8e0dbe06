package org.gigforge.account;

import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused because of too many recent failures; the login view explains it. */
public class LoginThrottledException extends AccountStatusException {

    public LoginThrottledException() {
        super("Too many failed sign-ins; try again later");
    }
}
