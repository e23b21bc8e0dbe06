package org.gigforge.contract.internal;

import org.gigforge.contract.TimesheetService;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hourly contracts' money, every hour: bills each ended week (Monday to Sunday, UTC) with time not billed yet,
 * so missed runs catch up, then releases the billed weeks whose review window
 * ({@code gigforge.contracts.hourly-review-window}, 5 days by default) has passed without a dispute. Both steps
 * are idempotent. JobRunr runs a recurring job once, whichever node picks it up.
 */
@Component
public class WeeklyBilling {

    private static final Logger log = LoggerFactory.getLogger(WeeklyBilling.class);

    private final TimesheetService timesheets;

    WeeklyBilling(TimesheetService timesheets) {
        this.timesheets = timesheets;
    }

    @Recurring(id = "bill-hourly-weeks", cron = "17 * * * *", zoneId = "UTC")
    @Job(name = "Bill ended weeks of hourly contracts and release reviewed ones")
    public void run() {
        int billed = timesheets.billEndedWeeks();
        int released = timesheets.releaseReviewedWeeks();
        if (billed > 0 || released > 0) {
            log.info("Hourly contracts: billed {} week(s), released {} week(s)", billed, released);
        }
    }
}
