package org.gigforge.proposal;

import org.gigforge.account.UserId;
import org.gigforge.job.JobId;

/** Published when a freelancer applies to a job (the client is notified once notifications exist). */
public record ProposalSubmitted(ProposalId proposalId, JobId jobId, UserId freelancerId, UserId clientId) {}
