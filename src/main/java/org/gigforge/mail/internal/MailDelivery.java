package org.gigforge.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gigforge.mail.MailProperties;
import org.gigforge.mail.MailStatus;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends stored mails, one job per mail. A failure is recorded on the mail and thrown, so JobRunr retries it with
 * growing pauses; a sweeper picks up mails whose job was lost or whose retries ran out, up to
 * {@value #MAX_ATTEMPTS} attempts in all.
 */
@Component
public class MailDelivery {

    static final int MAX_ATTEMPTS = 10;

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailMessageRepository mails;
    private final Suppressions suppressions;
    private final MailTransport transport;
    private final JobScheduler scheduler;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDelivery(MailMessageRepository mails, Suppressions suppressions, MailProperties properties,
            ObjectProvider<JavaMailSender> smtp, JobScheduler scheduler, TransactionTemplate transactions, Clock clock) {
        this.mails = mails;
        this.suppressions = suppressions;
        this.transport = switch (properties.transport()) {
            case OUTBOX -> mail -> MailStatus.STORED;
            case SMTP -> new SmtpTransport(smtp.getIfAvailable(() -> {
                throw new IllegalStateException("gigforge.mail.transport=smtp needs spring.mail.host");
            }), properties.from());
        };
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MailQueued queued) {
        long id = queued.mailId();
        scheduler.<MailDelivery>enqueue(delivery -> delivery.deliver(id));
    }

    /** Sends one mail unless it went already or its address is suppressed; throws when sending failed. */
    @Job(name = "Send mail %0", retries = 5)
    public void deliver(long mailId) {
        String error = transactions.execute(status -> {
            var mail = mails.lockById(mailId).orElse(null);
            if (mail == null || !mail.pending()) {
                return null;
            }
            if (suppressions.blocks(mail.to(), mail.essential())) {
                mail.suppressed("suppressed: " + suppressions.reason(mail.to()).map(Enum::name).orElse(""));
                return null;
            }
            try {
                mail.delivered(transport.send(mail), clock.instant());
                return null;
            } catch (RuntimeException e) {
                mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            }
        });
        if (error != null) {
            throw new IllegalStateException("Mail " + mailId + " could not be sent: " + error);
        }
    }

    /** The sweeper: mails pending for half an hour. */
    @Recurring(id = "send-pending-mail", cron = "*/10 * * * *", zoneId = "UTC")
    @Job(name = "Send pending mail")
    public int sendPending() {
        return sendPendingBefore(clock.instant().minus(Duration.ofMinutes(30)));
    }

    /** Tries every pending mail created before then once; returns how many were tried. */
    public int sendPendingBefore(Instant before) {
        var ids = transactions.execute(status -> mails.pendingBefore(before, MAX_ATTEMPTS, PageRequest.of(0, 500)));
        if (ids == null) {
            return 0;
        }
        for (long id : ids) {
            try {
                deliver(id);
            } catch (RuntimeException e) {
                log.warn("Mail {} still failing", id, e);
            }
        }
        return ids.size();
    }
}
