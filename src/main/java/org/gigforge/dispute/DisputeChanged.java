package org.gigforge.dispute;

import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.jspecify.annotations.Nullable;

/**
 * A step of a dispute: both parties hear of it (except whoever took it), and admins of the steps that ask for
 * them ({@link Step#AWAITING_DECISION}, {@link Step#ESCALATED}).
 *
 * @param actor who took the step; null for the deadline job
 */
public record DisputeChanged(DisputeId dispute, ContractId contract, String workTitle, Step step, UserId client,
        UserId freelancer, @Nullable UserId actor) {

    public enum Step { OPENED, ANSWERED, AWAITING_DECISION, ESCALATED, DECIDED, WITHDRAWN }
}
