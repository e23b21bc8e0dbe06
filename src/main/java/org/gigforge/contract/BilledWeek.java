package org.gigforge.contract;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a past week of an hourly contract was billed: when the client was charged, until when they may
 * dispute it, and what became of it.
 *
 * @param decidedAt when it was released or disputed
 * @param disputable in review and the window still open: the client may dispute it now
 */
public record BilledWeek(
        BilledWeekId id,
        BilledWeekState state,
        Instant billedAt,
        Instant reviewEndsAt,
        @Nullable Instant decidedAt,
        @Nullable String disputeReason,
        boolean disputable) {}
