package org.gigforge.job;

import java.time.Instant;

/** A job search a freelancer saved under a name; {@code unreadAlerts} counts new matching jobs not yet seen. */
public record SavedSearch(SavedSearchId id, String name, JobQuery query, Instant createdAt, long unreadAlerts) {}
