package org.gigforge.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * The terms a client offers for one of their jobs, answering a proposal or to a freelancer they invited:
 * fixed price in milestones, or an hourly rate with a weekly cap.
 */
public record OfferDraft(
        @NotNull Recipient to,
        @NotNull JobType type,
        @NotNull @Size(max = 20, message = "{offer.milestones.count}") List<@Valid MilestoneDraft> milestones,
        @Nullable Money hourlyRate,
        @Nullable Integer weeklyCapHours,
        @Size(max = 5_000, message = "{offer.message.too-long}") String message) {

    /** Whom an offer goes to. */
    public sealed interface Recipient permits FromProposal, ToInvited {}

    /** The freelancer behind a proposal for the job. */
    public record FromProposal(ProposalId proposal) implements Recipient {}

    /** A freelancer the client invited to the job, whether or not they applied. */
    public record ToInvited(JobId job, UserId freelancer) implements Recipient {}

    public OfferDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        message = message == null ? "" : message.strip();
    }

    /** An offer answering a proposal. */
    public OfferDraft(ProposalId proposal, JobType type, List<MilestoneDraft> milestones, @Nullable Money hourlyRate,
            @Nullable Integer weeklyCapHours, String message) {
        this(new FromProposal(proposal), type, milestones, hourlyRate, weeklyCapHours, message);
    }

    /** An offer straight to a freelancer the client invited to the job. */
    public static OfferDraft toInvited(JobId job, UserId freelancer, JobType type, List<MilestoneDraft> milestones,
            @Nullable Money hourlyRate, @Nullable Integer weeklyCapHours, String message) {
        return new OfferDraft(new ToInvited(job, freelancer), type, milestones, hourlyRate, weeklyCapHours, message);
    }
}
