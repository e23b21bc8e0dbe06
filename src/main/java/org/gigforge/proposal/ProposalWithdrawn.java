package org.gigforge.proposal;

import org.gigforge.account.UserId;
import org.gigforge.job.JobId;

/** Published when a freelancer takes back a proposal: it no longer counts among the job's proposals. */
public record ProposalWithdrawn(ProposalId proposalId, JobId jobId, UserId freelancerId, UserId clientId) {}
