package org.gigforge.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A milestone as a client proposes it: what will be delivered, for how much, by when (optional). */
public record MilestoneDraft(
        @NotBlank(message = "{milestone.title.required}") @Size(max = 120, message = "{milestone.title.too-long}") String title,
        @NotNull(message = "{milestone.amount.required}") @Nullable Money amount,
        @Nullable LocalDate dueDate) {

    public MilestoneDraft {
        title = title == null ? "" : title.strip();
    }
}
