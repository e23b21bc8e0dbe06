package org.gigforge.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.file.FileId;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a freelancer sends: a cover letter and a bid (the fixed amount, or the hourly rate), answers to the
 * job's questions, for a fixed-price job optionally the bid split into milestones, and a few attachments.
 */
public record ProposalDraft(
        @Size(min = 50, max = 5_000, message = "{proposal.cover-letter.length}") String coverLetter,
        @NotNull(message = "{proposal.bid.required}") @Nullable Money bid,
        /** One answer per screening question of the job, in its order. */
        @NotNull List<@NotBlank(message = "{proposal.answers.blank}") @Size(max = 2_000, message = "{proposal.answers.too-long}")
                String> answers,
        /** Empty: the whole bid is one piece of work. Otherwise the amounts add up to the bid. */
        @NotNull @Size(max = MAX_MILESTONES, message = "{proposal.milestones.count}") List<@Valid ProposedMilestone> milestones,
        /** Uploads of the freelancer (documents or pictures) to attach to the proposal. */
        @NotNull @Size(max = MAX_ATTACHMENTS, message = "{proposal.attachments.count}") List<FileId> attachments) {

    public static final int MAX_MILESTONES = 10;
    public static final int MAX_ATTACHMENTS = 5;

    public ProposalDraft {
        coverLetter = coverLetter == null ? "" : coverLetter.strip();
        answers = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.strip()).toList();
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        attachments = attachments == null ? List.of() : attachments.stream().distinct().toList();
    }

    public ProposalDraft(String coverLetter, @Nullable Money bid, List<String> answers) {
        this(coverLetter, bid, answers, List.of(), List.of());
    }

    public ProposalDraft(String coverLetter, @Nullable Money bid) {
        this(coverLetter, bid, List.of());
    }
}
