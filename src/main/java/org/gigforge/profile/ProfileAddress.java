package org.gigforge.profile;

import org.gigforge.account.UserId;

/**
 * A freelancer's own profile address, {@code /u/{slug}}. It is reserved for them for good, but leads to their
 * profile only while a plan entitles them to it ({@code active}); otherwise visitors are sent on to the usual
 * address.
 */
public record ProfileAddress(UserId freelancer, String slug, boolean active) {

    public static final String PREFIX = "u/";

    public String path() {
        return PREFIX + slug;
    }
}
