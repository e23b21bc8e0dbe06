package org.gigforge.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every index from the database with Hibernate Search's mass indexer, writing its progress to its
 * {@link ReindexRun} (at most about once a second). Run by JobRunr on whichever node picks it up.
 */
@Component
public class ReindexJob {

    private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final EntityManagerFactory entityManagerFactory;
    private final ReindexRunRepository runs;
    private final IndexedCounts counts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReindexJob(EntityManagerFactory entityManagerFactory, ReindexRunRepository runs, IndexedCounts counts,
            TransactionTemplate transactions, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.runs = runs;
        this.counts = counts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Job(name = "Rebuild the search index", retries = 0)
    public void run(long runId) throws InterruptedException {
        long total = counts.databaseRows();
        update(runId, run -> run.start(total, clock.instant()));
        var done = new AtomicLong();
        var lastWrite = new AtomicLong(System.nanoTime());
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        try {
            mapping.scope(Object.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    // One segment per index afterwards: facet counts then need no ordinal map across segments,
                    // which Lucene otherwise rebuilds for every faceted query.
                    .mergeSegmentsOnFinish(true)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            long now = System.nanoTime();
                            long value = done.addAndGet(increment);
                            long last = lastWrite.get();
                            if (now - last > PROGRESS_EVERY_NANOS && lastWrite.compareAndSet(last, now)) {
                                update(runId, run -> run.progress(value));
                            }
                        }

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void entitiesLoaded(long increment) {}

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
            update(runId, run -> {
                run.progress(done.get());
                run.finish(clock.instant(), null);
            });
            log.info("Search index rebuilt: {} documents", done.get());
        } catch (RuntimeException | InterruptedException e) {
            update(runId, run -> run.finish(clock.instant(), String.valueOf(e.getMessage())));
            throw e;
        }
    }

    private void update(long runId, java.util.function.Consumer<ReindexRun> change) {
        transactions.executeWithoutResult(status -> runs.findById(runId).ifPresent(change));
    }
}
