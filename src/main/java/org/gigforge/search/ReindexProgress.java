package org.gigforge.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A full reindex as admins follow it: asked for (by an admin, or by the start-up check), running with
 * {@code done} of {@code total} documents indexed, then finished or failed.
 */
public record ReindexProgress(long id, State state, Reason reason, Instant requestedAt, @Nullable Instant startedAt,
        @Nullable Instant finishedAt, long total, long done, @Nullable String failure) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public enum Reason { ADMIN, STARTUP }

    /** 0 to 100; a run over nothing is complete once done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
