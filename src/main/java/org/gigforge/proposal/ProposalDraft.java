package org.gigforge.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** What a freelancer sends: a cover letter and a bid (the fixed amount, or the hourly rate). */
public record ProposalDraft(
        @Size(min = 50, max = 5_000, message = "{proposal.cover-letter.length}") String coverLetter,
        @NotNull(message = "{proposal.bid.required}") @Nullable Money bid) {

    public ProposalDraft {
        coverLetter = coverLetter == null ? "" : coverLetter.strip();
    }
}
