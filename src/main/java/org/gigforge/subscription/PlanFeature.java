package org.gigforge.subscription;

import org.gigforge.account.Role;

/** What a plan unlocks besides more open jobs, and for whom it means something. */
public enum PlanFeature {
    /** Daily counts of visits to the freelancer's public profile. */
    PROFILE_ANALYTICS(Role.FREELANCER),
    /** A profile address of the freelancer's choosing, {@code /u/{name}}. */
    CUSTOM_PROFILE_URL(Role.FREELANCER);

    private final Role audience;

    PlanFeature(Role audience) {
        this.audience = audience;
    }

    public Role audience() {
        return audience;
    }
}
