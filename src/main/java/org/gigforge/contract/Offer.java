package org.gigforge.contract;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.payment.FeeBreakdown;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * An offer as both sides see it. {@code fees} break down the whole fixed price (or one hour of an
 * hourly contract), so each side sees what it pays or receives before deciding.
 */
public record Offer(
        OfferId id,
        JobId jobId,
        String jobTitle,
        UserId client,
        String clientName,
        UserId freelancer,
        String freelancerName,
        JobType type,
        List<MilestoneDraft> milestones,
        @Nullable Money hourlyRate,
        @Nullable Integer weeklyCapHours,
        String message,
        OfferState state,
        Instant sentAt,
        @Nullable String declineReason,
        FeeBreakdown fees,
        @Nullable ContractId contract) {}
