package org.gigforge.contract.internal;

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
import java.time.LocalDate;
import java.util.Objects;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.contract.MilestoneId;
import org.gigforge.contract.MilestoneState;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_milestone")
public class MilestoneEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title = "";

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneState state = MilestoneState.UNFUNDED;

    @Column(name = "submission_message")
    private @Nullable String submissionMessage;

    @Column(name = "funded_at")
    private @Nullable Instant fundedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "refund_requested_at")
    private @Nullable Instant refundRequestedAt;

    /** Since when a dispute about this milestone is open: its money is frozen meanwhile. */
    @Column(name = "disputed_at")
    private @Nullable Instant disputedAt;

    protected MilestoneEntity() {}

    public MilestoneEntity(ContractId contract, int position, MilestoneDraft draft) {
        this.contractId = contract.value();
        this.position = position;
        this.title = draft.title();
        this.amountMinor = Objects.requireNonNull(draft.amount()).minorUnits();
        this.dueDate = draft.dueDate();
    }

    /** Every change of state goes through here, checked against {@link MilestoneState}. */
    public void moveTo(MilestoneState target, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        switch (target) {
            case FUNDED -> {
                if (state == MilestoneState.UNFUNDED || state == MilestoneState.PAYMENT_PENDING) {
                    fundedAt = at;
                }
            }
            case SUBMITTED -> submittedAt = at;
            // Waiting for the provider, or back from a failed payment: nothing is decided yet.
            case PAYMENT_PENDING, UNFUNDED -> { }
            default -> decidedAt = at;
        }
        this.state = target;
    }

    /** A dispute froze the money: nothing moves until it is decided or withdrawn. */
    public void hold(Instant at) {
        if (state != MilestoneState.FUNDED && state != MilestoneState.SUBMITTED) {
            throw new UserFacingException("milestone.state.not-allowed");
        }
        if (disputedAt != null) {
            throw new UserFacingException("dispute.already-open");
        }
        this.disputedAt = at;
    }

    /** The dispute was withdrawn: the milestone follows its normal path again. */
    public void lift() {
        this.disputedAt = null;
    }

    public @Nullable Instant disputedAt() {
        return disputedAt;
    }

    /** Refuses any step while a dispute holds the money. */
    public void checkNotFrozen() {
        if (disputedAt != null) {
            throw new UserFacingException("milestone.disputed");
        }
    }

    public void refundRequested(Instant at) {
        this.refundRequestedAt = at;
    }

    public @Nullable Instant refundRequestedAt() {
        return refundRequestedAt;
    }

    public void submission(String message) {
        this.submissionMessage = message;
    }

    public MilestoneId id() {
        if (id == null) {
            throw new IllegalStateException("Milestone not saved yet");
        }
        return new MilestoneId(id);
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public String title() {
        return title;
    }

    public Money amount(String currency) {
        return Money.of(amountMinor, currency);
    }

    public @Nullable LocalDate dueDate() {
        return dueDate;
    }

    public MilestoneState state() {
        return state;
    }

    public @Nullable String submissionMessage() {
        return submissionMessage;
    }

    public @Nullable Instant fundedAt() {
        return fundedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }
}
