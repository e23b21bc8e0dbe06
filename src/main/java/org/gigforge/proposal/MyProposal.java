package org.gigforge.proposal;

import java.time.Instant;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeeBreakdown;

/** One of the signed-in freelancer's proposals, with the job it is for (still open or not) and what they would receive. */
public record MyProposal(ProposalId id, JobId jobId, String jobTitle, JobType jobType, boolean jobOpen,
        FeeBreakdown fees, ProposalState state, Instant submittedAt,
        /** Why the client declined, when they said. */
        @org.jspecify.annotations.Nullable String declineReason,
        /** The bid split into milestones, as the freelancer proposed it. */
        java.util.List<ProposedMilestone> milestones) {}
