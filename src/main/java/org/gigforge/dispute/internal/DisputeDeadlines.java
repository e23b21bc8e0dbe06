package org.gigforge.dispute.internal;

import org.gigforge.dispute.DisputeService;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Dispute deadlines, every hour: a dispute the other side left unanswered past {@code gigforge.disputes.response-window}
 * goes to the admins for a decision, and one left undecided past {@code gigforge.disputes.decision-window} raises an
 * escalation notice to admins, once. Both steps are idempotent; JobRunr runs a recurring job once, on any node.
 */
@Component
public class DisputeDeadlines {

    private static final Logger log = LoggerFactory.getLogger(DisputeDeadlines.class);

    private final DisputeService disputes;

    DisputeDeadlines(DisputeService disputes) {
        this.disputes = disputes;
    }

    @Recurring(id = "dispute-deadlines", cron = "27 * * * *", zoneId = "UTC")
    @Job(name = "Move unanswered disputes to a decision and escalate undecided ones")
    public void run() {
        int moved = disputes.moveUnanswered();
        int escalated = disputes.escalateUndecided();
        if (moved > 0 || escalated > 0) {
            log.info("Disputes: {} now await a decision, {} escalated to admins", moved, escalated);
        }
    }
}
