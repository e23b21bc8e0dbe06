package org.gigforge.job;

/** How a job is paid: one fixed price, or by the hour. */
public enum JobType {
    FIXED,
    HOURLY
}
