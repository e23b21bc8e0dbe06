package org.gigforge.job;

import org.gigforge.account.UserId;

/**
 * A newly published job matched a freelancer's saved search; the in-app alert is stored when this is published.
 * Other channels (bell, email, push) listen to it.
 */
public record SavedSearchMatched(SavedSearchId savedSearchId, UserId freelancer, JobId jobId) {}
