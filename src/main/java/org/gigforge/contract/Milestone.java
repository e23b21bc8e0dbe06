package org.gigforge.contract;

import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.payment.FeeBreakdown;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A milestone of a contract with its money and where it stands. */
public record Milestone(
        MilestoneId id,
        String title,
        Money amount,
        @Nullable LocalDate dueDate,
        MilestoneState state,
        @Nullable String submissionMessage,
        @Nullable Instant fundedAt,
        @Nullable Instant submittedAt,
        FeeBreakdown fees,
        /** When the client asked for the money back, if they did and the freelancer has not answered by refunding. */
        @Nullable Instant refundRequestedAt,
        /** Since when a dispute about it is open: its money is frozen, no step moves it until the dispute ends. */
        @Nullable Instant disputedAt) {}
