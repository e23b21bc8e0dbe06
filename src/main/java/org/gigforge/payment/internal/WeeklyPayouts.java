package org.gigforge.payment.internal;

import org.gigforge.payment.PaymentProviderUnavailableException;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every Monday morning (UTC) the balances of freelancers on the weekly schedule go out, each in its own
 * transaction under a key per freelancer, currency and week, so a second run in the same week (a retry, another
 * node, a manual start) pays nothing twice. A provider that cannot be reached leaves that balance untouched and
 * its payout becomes a job of its own, which JobRunr retries with back-off; a refusal (say, Stripe's balance of the
 * connected account is short) is logged and the money waits for next week.
 */
@Component
public class WeeklyPayouts {

    private static final Logger log = LoggerFactory.getLogger(WeeklyPayouts.class);

    private final Payouts payouts;
    private final JobScheduler scheduler;

    WeeklyPayouts(Payouts payouts, JobScheduler scheduler) {
        this.payouts = payouts;
        this.scheduler = scheduler;
    }

    /**
     * Returns how many of the balances with money in them have the week's payout after this run (money released
     * after a balance's payout for the week waits for next week, and counts here again).
     */
    @Recurring(id = "weekly-payouts", cron = "15 6 * * 1", zoneId = "UTC")
    @Job(name = "Pay out balances on the weekly schedule")
    public int run() {
        String week = payouts.currentWeek();
        int paid = 0;
        for (Payouts.Due due : payouts.dueWeekly()) {
            try {
                if (payouts.payOutWeekly(due.freelancerId(), due.currency(), week).isPresent()) {
                    paid++;
                }
            } catch (PaymentProviderUnavailableException unavailable) {
                long freelancer = due.freelancerId();
                String currency = due.currency();
                scheduler.<Payouts>enqueue(job -> job.payOutWeekly(freelancer, currency, week));
                log.warn("Payout of user {} in {} for {} will be retried: provider unavailable", freelancer, currency, week);
            } catch (RuntimeException refused) {
                log.warn("Payout of user {} in {} for {} refused: {}", due.freelancerId(), due.currency(), week,
                        refused.getMessage());
            }
        }
        if (paid > 0) {
            log.info("Weekly payouts {}: {} balance(s) paid out", week, paid);
        }
        return paid;
    }
}
