package org.gigforge.search.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.gigforge.search.ReindexProgress;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts reindex runs (one at a time) as JobRunr jobs and reads their progress. */
@Component
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

    private final ReindexRunRepository runs;
    private final JobScheduler jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final IndexSchema schema;

    Reindexing(ReindexRunRepository runs, JobScheduler jobs, TransactionTemplate transactions, Clock clock,
            IndexSchema schema) {
        this.schema = schema;
        this.runs = runs;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReindexProgress start(ReindexProgress.Reason reason) {
        var unfinished = transactions.execute(status -> runs.findFirstByOrderByIdDesc()
                .filter(latest -> !latest.finished())
                .map(ReindexRun::progress));
        if (unfinished != null && unfinished.isPresent()) {
            return unfinished.get();
        }
        // The run is committed before its job is queued, so the job always finds it.
        long id = Objects.requireNonNull(transactions.execute(status -> runs.save(
                new ReindexRun(reason, clock.instant(), schema.fingerprint())).idValue()));
        try {
            jobs.<ReindexJob>enqueue(job -> job.run(id));
            log.info("Search reindex {} queued ({})", id, reason);
        } catch (RuntimeException e) {
            transactions.executeWithoutResult(status -> runs.findById(id)
                    .ifPresent(r -> r.finish(clock.instant(), "Could not queue: " + e.getMessage())));
            throw e;
        }
        return latest().orElseThrow();
    }

    /** The fingerprint of the index schema the last successful reindex built, if any. */
    Optional<String> lastBuiltFingerprint() {
        return Objects.requireNonNull(transactions.execute(status -> runs.findLatestSucceeded().map(ReindexRun::fingerprint)));
    }

    public Optional<ReindexProgress> latest() {
        return Objects.requireNonNull(
                transactions.execute(status -> runs.findFirstByOrderByIdDesc().map(ReindexRun::progress)));
    }
}
