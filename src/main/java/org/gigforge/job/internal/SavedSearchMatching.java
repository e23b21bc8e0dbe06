package org.gigforge.job.internal;

import java.time.Clock;
import org.gigforge.job.JobId;
import org.gigforge.job.JobPublished;
import org.gigforge.job.JobQuery;
import org.gigforge.job.JobSearchService;
import org.gigforge.job.JobState;
import org.gigforge.job.JobVisibility;
import org.gigforge.job.SavedSearchMatched;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts freelancers whose saved searches a newly published job matches. The matching runs as a JobRunr job
 * queued after the publication commits, so publishing stays fast and any node can do the work; each saved search
 * is asked "is this job among your hits" through the job search itself, so an alert means exactly what the
 * freelancer would have found. A job alerts a search at most once (a unique key), however often this runs.
 */
@Component
public class SavedSearchMatching {

    private static final Logger log = LoggerFactory.getLogger(SavedSearchMatching.class);
    private static final int BATCH = 200;

    private final SavedSearchRepository searches;
    private final JobRepository jobs;
    private final SavedSearchQueries queries;
    private final JobSearchService search;
    private final JobScheduler scheduler;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SavedSearchMatching(SavedSearchRepository searches, JobRepository jobs, SavedSearchQueries queries,
            JobSearchService search, JobScheduler scheduler, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.searches = searches;
        this.jobs = jobs;
        this.queries = queries;
        this.search = search;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void on(JobPublished published) {
        long id = published.jobId().value();
        scheduler.<SavedSearchMatching>enqueue(matching -> matching.match(id));
    }

    /** Matches one job against every saved search; returns how many new alerts it raised. */
    @Job(name = "Match a new job against saved searches")
    public int match(long jobId) {
        var job = new JobId(jobId);
        var row = transactions.execute(status -> jobs.findById(jobId)
                .map(j -> j.state() == JobState.OPEN && j.visibility() == JobVisibility.PUBLIC));
        if (row == null || row.isEmpty() || !row.get()) {
            // Gone, closed or invite-only: no saved search may find it.
            return 0;
        }
        if (!search.matches(JobQuery.all(), job)) {
            // Open and public but not in the index yet (a cluster indexes through the outbox): JobRunr retries.
            throw new IllegalStateException("Job " + jobId + " is not searchable yet");
        }
        int alerts = 0;
        long last = 0;
        while (true) {
            long after = last;
            var page = transactions.execute(status -> searches.findBatchAfter(after, PageRequest.of(0, BATCH)));
            if (page == null || page.isEmpty()) {
                break;
            }
            for (var saved : page) {
                if (matches(saved, job)) {
                    alerts += alert(saved, job) ? 1 : 0;
                }
            }
            last = page.getLast().id().value();
        }
        if (alerts > 0) {
            log.info("Job {} matched {} saved search(es)", jobId, alerts);
        }
        return alerts;
    }

    private boolean matches(SavedSearchEntity saved, JobId job) {
        try {
            return search.matches(queries.read(saved.queryJson()), job);
        } catch (RuntimeException e) {
            // A search saved under older rules (a skill since removed): it can match nothing, the others still run.
            log.warn("Saved search {} could not be matched: {}", saved.id(), e.getMessage());
            return false;
        }
    }

    /** Stores the alert and announces it in one transaction, so listeners hear of it once it is committed. */
    private boolean alert(SavedSearchEntity saved, JobId job) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean added = searches.insertAlert(saved.id().value(), saved.freelancer().value(), job.value(),
                    clock.instant()) > 0;
            if (added) {
                events.publishEvent(new SavedSearchMatched(saved.id(), saved.freelancer(), job));
            }
            return added;
        }));
    }
}
