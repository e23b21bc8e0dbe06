package org.gigforge.contract;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.job.JobId;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A contract as its two parties (and admins) see it: terms, milestones and history. */
public record Contract(
        ContractId id,
        JobId jobId,
        String title,
        UserId client,
        String clientName,
        UserId freelancer,
        String freelancerName,
        JobType type,
        String currency,
        @Nullable Money hourlyRate,
        @Nullable Integer weeklyCapHours,
        ContractState state,
        Instant startedAt,
        @Nullable Instant endedAt,
        List<Milestone> milestones,
        List<ContractEvent> history) {}
