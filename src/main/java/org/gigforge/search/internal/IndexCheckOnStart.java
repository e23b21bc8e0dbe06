package org.gigforge.search.internal;

import org.gigforge.search.ReindexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The start-up rule: queue a full reindex when the index cannot be trusted, that is when
 * <ul>
 * <li>no reindex ever succeeded with the current index schema (first start, or a release changed fields,
 * analyzers or synonyms: see {@link IndexSchema}), or</li>
 * <li>the index holds a different number of documents than the database has rows (a deleted or copied index
 * folder, a database restored from a backup).</li>
 * </ul>
 * It runs after the demo data (whose writes index themselves), and queues nothing while a reindex is pending.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class IndexCheckOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexCheckOnStart.class);

    private final Reindexing reindexing;
    private final IndexSchema schema;
    private final IndexedCounts counts;

    IndexCheckOnStart(Reindexing reindexing, IndexSchema schema, IndexedCounts counts) {
        this.reindexing = reindexing;
        this.schema = schema;
        this.counts = counts;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            check();
        } catch (RuntimeException e) {
            // An unreachable cluster must not keep the application down; admins can still start a reindex later.
            log.warn("Could not check the search index at start-up", e);
        }
    }

    private void check() {
        String current = schema.fingerprint();
        boolean schemaChanged = !reindexing.lastBuiltFingerprint().map(current::equals).orElse(false);
        long rows = counts.databaseRows();
        long documents = counts.indexedDocuments();
        if (schemaChanged || rows != documents) {
            log.info("Search index needs a rebuild (schema {}, {} documents for {} rows)",
                    schemaChanged ? "changed or never built" : "unchanged", documents, rows);
            reindexing.start(ReindexProgress.Reason.STARTUP);
        }
    }
}
