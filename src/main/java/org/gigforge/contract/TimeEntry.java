package org.gigforge.contract;

import java.time.Instant;
import java.time.LocalDate;

/** Time the freelancer logged on an hourly contract: a day (UTC), how long, and what was done. */
public record TimeEntry(TimeEntryId id, LocalDate workDate, int minutes, String memo, Instant createdAt, Instant updatedAt) {}
