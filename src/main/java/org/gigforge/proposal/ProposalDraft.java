package org.gigforge.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.Size;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** What a freelancer sends: a cover letter and a bid (the fixed amount, or the hourly rate). */
public record ProposalDraft(
        @Size(min = 50, max = 5_000, message = "{proposal.cover-letter.length}") String coverLetter,
        @NotNull(message = "{proposal.bid.required}") @Nullable Money bid,
        /** One answer per screening question of the job, in its order. */
        @NotNull List<@NotBlank(message = "{proposal.answers.blank}") @Size(max = 2_000, message = "{proposal.answers.too-long}")
                String> answers) {

    public ProposalDraft {
        coverLetter = coverLetter == null ? "" : coverLetter.strip();
        answers = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.strip()).toList();
    }

    public ProposalDraft(String coverLetter, @Nullable Money bid) {
        this(coverLetter, bid, List.of());
    }
}
