package org.gigforge.proposal;

import java.time.Instant;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeeBreakdown;

/** One of the signed-in freelancer's proposals, with the job it is for and what they would receive. */
public record MyProposal(ProposalId id, JobId jobId, String jobTitle, JobType jobType, FeeBreakdown fees,
        ProposalState state, Instant submittedAt) {}
