package org.gigforge.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Time to log or an entry's new values: the day worked (a UTC calendar day of the open week), the duration
 * in minutes (15 minutes to 24 hours, to the minute) and a memo of what was done.
 */
public record TimeEntryDraft(
        @NotNull(message = "{time.date.required}") @Nullable LocalDate workDate,
        @NotNull(message = "{time.minutes.required}") @Nullable Integer minutes,
        @NotBlank(message = "{time.memo.required}") @Size(max = TimeEntryDraft.MAX_MEMO, message = "{time.memo.too-long}") String memo) {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_MEMO = 500;

    public TimeEntryDraft {
        memo = memo == null ? "" : memo.strip();
    }
}
