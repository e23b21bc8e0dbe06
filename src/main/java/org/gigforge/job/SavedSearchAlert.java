package org.gigforge.job;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A newly published job that matched one of the freelancer's saved searches. {@code jobPath} is the job page's
 * address; {@code readAt} is empty until the freelancer marked it seen.
 */
public record SavedSearchAlert(long id, SavedSearchId savedSearchId, String savedSearchName, JobId jobId,
        String jobTitle, String jobPath, Instant createdAt, @Nullable Instant readAt) {}
