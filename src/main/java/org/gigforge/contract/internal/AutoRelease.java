package org.gigforge.contract.internal;

import java.time.Clock;
import java.time.Duration;
import org.gigforge.contract.ContractService;
import org.gigforge.platform.GigforgeProperties;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pays out submitted milestones that the client left unanswered for the review period
 * ({@code gigforge.contracts.auto-release-after}, 14 days by default), so silence never keeps a
 * freelancer's money. Hourly, on every node's JobRunr server; JobRunr runs a recurring job once.
 */
@Component
public class AutoRelease {

    private static final Logger log = LoggerFactory.getLogger(AutoRelease.class);

    private final ContractService contracts;
    private final Clock clock;
    private final Duration after;

    AutoRelease(ContractService contracts, Clock clock, GigforgeProperties properties) {
        this.contracts = contracts;
        this.clock = clock;
        this.after = properties.contracts().autoReleaseAfter();
    }

    @Recurring(id = "auto-release-milestones", cron = "7 * * * *", zoneId = "UTC")
    @Job(name = "Release milestones whose review period has passed")
    public void run() {
        int released = contracts.autoRelease(clock.instant().minus(after));
        if (released > 0) {
            log.info("Released {} milestone(s) automatically after {}", released, after);
        }
    }
}
