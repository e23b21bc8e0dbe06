package org.gigforge.job;

import java.time.Instant;

/**
 * A client's track record as freelancers see it next to a job, computed from real data: jobs
 * published, how many are open, and hires made. Total spent joins when payments exist.
 */
public record ClientHistory(long jobsPosted, long openJobs, long hires, Instant memberSince) {}
