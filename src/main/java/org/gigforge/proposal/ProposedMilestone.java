package org.gigforge.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A piece of a fixed-price bid as the freelancer proposes it: what is delivered, for how much, by when (optional). */
public record ProposedMilestone(
        @NotBlank(message = "{milestone.title.required}") @Size(max = 120, message = "{milestone.title.too-long}") String title,
        @NotNull(message = "{milestone.amount.required}") @Nullable Money amount,
        @Nullable LocalDate dueDate) {

    public ProposedMilestone {
        title = title == null ? "" : title.strip();
    }
}
