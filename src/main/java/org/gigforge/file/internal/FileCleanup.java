package org.gigforge.file.internal;

import java.time.Clock;
import java.time.Instant;
import org.gigforge.platform.GigforgeProperties;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes files nobody uses: uploads that were never attached (a form abandoned after the upload) once they
 * are older than {@code gigforge.files.unattached-max-age}, and files their owner let go of.
 */
@Component
public class FileCleanup {

    private static final Logger log = LoggerFactory.getLogger(FileCleanup.class);
    private static final int BATCH = 200;

    private final FileObjectRepository files;
    private final FileStorage storage;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final GigforgeProperties.Files settings;

    FileCleanup(FileObjectRepository files, FileStorage storage, TransactionTemplate transaction, Clock clock,
            GigforgeProperties properties) {
        this.files = files;
        this.storage = storage;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = properties.files();
    }

    /** Hourly: an abandoned upload costs space for a day at most. Each batch is its own transaction. */
    @Recurring(id = "delete-unused-files", cron = "41 * * * *", zoneId = "UTC")
    @Job(name = "Delete unused uploads")
    public int deleteUnused() {
        Instant uploadedBefore = clock.instant().minus(settings.unattachedMaxAge());
        int deleted = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                var unused = files.findUnused(uploadedBefore, Limit.of(BATCH));
                storage.delete(unused);
                return unused.size();
            });
            deleted += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                break;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} unused files uploaded before {} or let go of by their owner", deleted, uploadedBefore);
        }
        return deleted;
    }
}
