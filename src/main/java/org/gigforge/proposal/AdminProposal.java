package org.gigforge.proposal;

import java.time.Instant;
import org.gigforge.job.JobId;
import org.gigforge.platform.Money;

/** A proposal as the admin grid lists it: which job, who, the bid, where it stands and whether it looks generic. */
public record AdminProposal(ProposalId id, JobId jobId, String jobTitle, String freelancerName, Money bid,
        ProposalState state, boolean generic, Instant submittedAt, java.util.List<ProposedMilestone> milestones) {}
