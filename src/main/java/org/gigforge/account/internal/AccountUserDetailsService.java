package org.gigforge.account.internal;

import org.gigforge.account.AccountPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in; upgrades stored hashes when the encoder's settings get stronger. */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmailIgnoreCase(email.strip())
                .map(a -> new AccountPrincipal(a.id(), a.email(), a.passwordHash(), a.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        var account = accounts.findByEmailIgnoreCase(user.getUsername()).orElseThrow();
        account.changePasswordHash(newPasswordHash);
        return new AccountPrincipal(account.id(), account.email(), newPasswordHash, account.roles());
    }
}
