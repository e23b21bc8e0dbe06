package org.gigforge.dispute;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.WorkRef;
import org.gigforge.file.StoredFile;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * A dispute as its parties and admins see it.
 *
 * @param deadline the answer's deadline while awaiting it, the decision's after that; null once closed
 * @param toFreelancer what the decision released to the freelancer; the rest of {@code amount} went back to the client
 */
public record Dispute(
        DisputeId id,
        ContractId contract,
        String contractTitle,
        WorkRef work,
        String workTitle,
        Money amount,
        UserId client,
        String clientName,
        UserId freelancer,
        String freelancerName,
        UserId openedBy,
        DisputeReason reason,
        String statement,
        List<StoredFile> statementFiles,
        Instant openedAt,
        @Nullable String response,
        List<StoredFile> responseFiles,
        @Nullable Instant answeredAt,
        DisputeState state,
        @Nullable Instant deadline,
        @Nullable Instant escalatedAt,
        @Nullable DisputeOutcome outcome,
        @Nullable Money toFreelancer,
        @Nullable String decision,
        @Nullable Instant decidedAt,
        @Nullable Instant withdrawnAt) {

    public Dispute {
        statementFiles = List.copyOf(statementFiles);
        responseFiles = List.copyOf(responseFiles);
    }

    /** The member on the other side of whoever opened it: the one asked to answer. */
    public UserId respondent() {
        return openedBy.equals(client) ? freelancer : client;
    }

    public @Nullable Money toClient() {
        return toFreelancer == null ? null : amount.minus(toFreelancer);
    }
}
