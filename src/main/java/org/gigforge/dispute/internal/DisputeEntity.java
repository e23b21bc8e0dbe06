package org.gigforge.dispute.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.DisputedWork;
import org.gigforge.contract.WorkRef;
import org.gigforge.dispute.DisputeId;
import org.gigforge.dispute.DisputeOutcome;
import org.gigforge.dispute.DisputeReason;
import org.gigforge.dispute.DisputeState;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "dispute")
public class DisputeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_kind", nullable = false)
    private WorkRef.Kind workKind = WorkRef.Kind.MILESTONE;

    @Column(name = "work_id", nullable = false)
    private long workId;

    @Column(name = "work_title", nullable = false)
    private String workTitle = "";

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency = "USD";

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "freelancer_id", nullable = false)
    private long freelancerId;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeReason reason = DisputeReason.OTHER;

    @Column(nullable = false)
    private String statement = "";

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt = Instant.EPOCH;

    private @Nullable String response;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisputeState state = DisputeState.AWAITING_RESPONSE;

    private @Nullable Instant deadline;

    @Column(name = "awaiting_decision_since")
    private @Nullable Instant awaitingDecisionSince;

    @Column(name = "escalated_at")
    private @Nullable Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    private @Nullable DisputeOutcome outcome;

    @Column(name = "to_freelancer_minor")
    private @Nullable Long toFreelancerMinor;

    private @Nullable String decision;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected DisputeEntity() {}

    public DisputeEntity(DisputedWork work, UserId openedBy, DisputeReason reason, String statement, Instant at,
            Instant answerBy) {
        this.contractId = work.contract().value();
        this.workKind = work.ref().kind();
        this.workId = work.ref().id();
        this.workTitle = work.title();
        this.amountMinor = work.amount().minorUnits();
        this.currency = work.amount().currency().getCurrencyCode();
        this.clientId = work.client().value();
        this.freelancerId = work.freelancer().value();
        this.openedBy = openedBy.value();
        this.reason = reason;
        this.statement = statement;
        this.openedAt = at;
        this.deadline = answerBy;
    }

    /** Every change of state goes through here, checked against {@link DisputeState}. */
    private void moveTo(DisputeState target) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException(state == DisputeState.DECIDED ? "dispute.already-decided" : "dispute.state.not-allowed");
        }
        this.state = target;
    }

    public void answered(String text, Instant at, Instant decideBy) {
        if (response != null) {
            throw new UserFacingException("dispute.already-answered");
        }
        awaitDecision(at, decideBy);
        this.response = text;
        this.answeredAt = at;
    }

    public void awaitDecision(Instant at, Instant decideBy) {
        moveTo(DisputeState.AWAITING_DECISION);
        this.awaitingDecisionSince = at;
        this.deadline = decideBy;
    }

    public void escalated(Instant at) {
        this.escalatedAt = at;
    }

    public void decided(DisputeOutcome outcome, Money toFreelancer, String decision, UserId admin, Instant at) {
        moveTo(DisputeState.DECIDED);
        this.outcome = outcome;
        this.toFreelancerMinor = toFreelancer.minorUnits();
        this.decision = decision;
        this.decidedBy = admin.value();
        this.decidedAt = at;
        this.deadline = null;
    }

    public void withdrawn(Instant at) {
        moveTo(DisputeState.WITHDRAWN);
        this.withdrawnAt = at;
        this.deadline = null;
    }

    public DisputeId id() {
        if (id == null) {
            throw new IllegalStateException("Dispute not saved yet");
        }
        return new DisputeId(id);
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public WorkRef work() {
        return new WorkRef(workKind, workId);
    }

    public String workTitle() {
        return workTitle;
    }

    public Money amount() {
        return Money.of(amountMinor, currency);
    }

    public UserId clientId() {
        return new UserId(clientId);
    }

    public UserId freelancerId() {
        return new UserId(freelancerId);
    }

    public UserId openedBy() {
        return new UserId(openedBy);
    }

    public boolean isParty(UserId user) {
        return user.value() == clientId || user.value() == freelancerId;
    }

    public DisputeReason reason() {
        return reason;
    }

    public String statement() {
        return statement;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public @Nullable String response() {
        return response;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public DisputeState state() {
        return state;
    }

    public @Nullable Instant deadline() {
        return deadline;
    }

    public @Nullable Instant escalatedAt() {
        return escalatedAt;
    }

    public @Nullable DisputeOutcome outcome() {
        return outcome;
    }

    public @Nullable Money toFreelancer() {
        return toFreelancerMinor == null ? null : Money.of(toFreelancerMinor, currency);
    }

    public @Nullable String decision() {
        return decision;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }
}
