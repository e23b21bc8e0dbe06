package org.gigforge.job;

/** How long the client expects the work to take. */
public enum ProjectDuration {
    LESS_THAN_WEEK,
    LESS_THAN_MONTH,
    ONE_TO_THREE_MONTHS,
    THREE_TO_SIX_MONTHS,
    MORE_THAN_SIX_MONTHS
}
