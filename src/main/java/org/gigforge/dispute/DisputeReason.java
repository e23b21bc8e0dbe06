package org.gigforge.dispute;

/** Why a party opens a dispute; the statement says the rest. */
public enum DisputeReason {
    NOT_DELIVERED,
    QUALITY,
    SCOPE,
    NOT_RESPONSIVE,
    OTHER
}
