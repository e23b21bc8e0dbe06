package org.gigforge.payment;

/** When a freelancer's available balance goes out to their bank. See docs/decisions/0028-payout-schedules.md. */
public enum PayoutSchedule {
    /** Every Monday, whatever is available (the default). */
    WEEKLY,
    /** When the freelancer asks, once the available balance reaches the minimum. */
    ON_REQUEST
}
