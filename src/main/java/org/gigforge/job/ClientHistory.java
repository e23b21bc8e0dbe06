package org.gigforge.job;

import java.time.Instant;
import java.util.List;
import org.gigforge.platform.Money;

/**
 * A client's track record as freelancers see it next to a job, computed from real data: jobs
 * published, how many are open, hires made, and what they have paid freelancers (released money,
 * one amount per currency; empty before the first release).
 */
public record ClientHistory(long jobsPosted, long openJobs, long hires, List<Money> spent, Instant memberSince) {

    public ClientHistory {
        spent = List.copyOf(spent);
    }
}
