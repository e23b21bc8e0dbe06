package org.gigforge.job;

import java.time.Instant;

/** An invitation as the freelancer sees it: the job, the client's note and when it came. */
public record Invitation(JobSummary job, String message, Instant invitedAt) {}
