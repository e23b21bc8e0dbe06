package org.gigforge.search;

import java.util.Optional;
import org.gigforge.account.Role;
import org.gigforge.search.internal.Reindexing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Index maintenance for admins: rebuild every search index from the database in the background, and follow how
 * far it got. Day to day nothing is needed: the index follows every write after its commit.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class SearchIndexService {

    private final Reindexing reindexing;

    SearchIndexService(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    /** Queues a full reindex as a background job; while one is queued or running, returns that one instead. */
    public ReindexProgress startReindex() {
        return reindexing.start(ReindexProgress.Reason.ADMIN);
    }

    /** The latest reindex, if there ever was one. */
    public Optional<ReindexProgress> progress() {
        return reindexing.latest();
    }
}
