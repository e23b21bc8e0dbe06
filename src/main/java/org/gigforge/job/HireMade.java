package org.gigforge.job;

import org.gigforge.account.UserId;

/**
 * A freelancer accepted an offer for this job. Published by the contracts module inside its
 * transaction; the jobs module closes the job as filled, so nobody keeps applying.
 */
public record HireMade(JobId job, UserId freelancer) {}
