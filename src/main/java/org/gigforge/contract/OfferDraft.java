package org.gigforge.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposalId;
import org.jspecify.annotations.Nullable;

/**
 * The terms a client offers for one of their jobs, answering a proposal: fixed price in
 * milestones, or an hourly rate with a weekly cap.
 */
public record OfferDraft(
        ProposalId proposal,
        @NotNull JobType type,
        @NotNull @Size(max = 20, message = "{offer.milestones.count}") List<@Valid MilestoneDraft> milestones,
        @Nullable Money hourlyRate,
        @Nullable Integer weeklyCapHours,
        @Size(max = 5_000, message = "{offer.message.too-long}") String message) {

    public OfferDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        message = message == null ? "" : message.strip();
    }
}
