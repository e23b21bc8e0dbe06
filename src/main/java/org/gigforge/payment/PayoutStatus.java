package org.gigforge.payment;

/** How far a freelancer is with the provider's payout onboarding. Transfers wait until it is {@link #ACTIVE}. */
public enum PayoutStatus {
    NOT_STARTED,
    INCOMPLETE,
    ACTIVE
}
