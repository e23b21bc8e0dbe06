package org.gigforge.job;

import org.gigforge.account.UserId;

/** Published when a job opens for proposals (search indexing and saved-search alerts listen). */
public record JobPublished(JobId jobId, UserId clientId) {}
