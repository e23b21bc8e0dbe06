package org.gigforge.proposal;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.payment.FeeBreakdown;

/**
 * A proposal as the job's client sees it: who, the letter (flagged {@code generic} when it was sent
 * nearly unchanged to other jobs), the bid with what the client would pay and how it is split into milestones.
 */
public record ReceivedProposal(ProposalId id, UserId freelancerId, String freelancerName, String coverLetter,
        boolean generic, FeeBreakdown fees, ProposalState state, Instant submittedAt,
        /** Answers to the job's screening questions, and the job revision they were written against. */
        List<String> answers, int jobRevision,
        /** The bid split into milestones; empty when it is one piece of work (and for hourly jobs). */
        List<ProposedMilestone> milestones) {}
