/** Accounts: sign-up, sign-in, roles, the password policy and sign-in throttling. */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package org.gigforge.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
