package org.gigforge.account;

import org.jspecify.annotations.Nullable;

/** Filter for the admin's user list: free text over name and email, and a role. */
public record UserFilter(@Nullable String text, @Nullable Role role) {

    public static UserFilter none() {
        return new UserFilter(null, null);
    }
}
