package org.gigforge.job;

import java.time.Instant;

/** What a job said before an edit: revision {@code number} as proposals sent until {@code replacedAt} saw it. */
public record JobRevision(int number, Instant replacedAt, JobDraft content) {}
