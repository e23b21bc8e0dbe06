package org.gigforge.job;

import org.gigforge.account.UserId;

/** A client invited a freelancer to apply to a job. */
public record FreelancerInvited(JobId jobId, UserId freelancer) {}
