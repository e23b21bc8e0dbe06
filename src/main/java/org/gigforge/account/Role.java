package org.gigforge.account;

/** What a person may do on the marketplace. One person may be both client and freelancer. */
public enum Role {
    CLIENT,
    FREELANCER,
    ADMIN;

    /** The Spring Security authority, {@code ROLE_CLIENT} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String CLIENT = "CLIENT";
        public static final String FREELANCER = "FREELANCER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
