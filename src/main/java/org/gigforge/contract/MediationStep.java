package org.gigforge.contract;

/** The steps of a dispute that the contract's history records besides opening, withdrawal and the decision. */
public enum MediationStep {
    ANSWERED("dispute.answered"),
    AWAITING_DECISION("dispute.awaiting-decision"),
    ESCALATED("dispute.escalated");

    private final String historyKind;

    MediationStep(String historyKind) {
        this.historyKind = historyKind;
    }

    public String historyKind() {
        return historyKind;
    }
}
