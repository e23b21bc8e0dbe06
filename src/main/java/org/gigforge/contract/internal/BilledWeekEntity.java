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
import org.gigforge.contract.BilledWeek;
import org.gigforge.contract.BilledWeekId;
import org.gigforge.contract.BilledWeekState;
import org.gigforge.contract.ContractId;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_billed_week")
public class BilledWeekEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart = LocalDate.EPOCH;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "rate_minor", nullable = false)
    private long rateMinor;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BilledWeekState state = BilledWeekState.IN_REVIEW;

    @Column(name = "billed_at", nullable = false)
    private Instant billedAt = Instant.EPOCH;

    @Column(name = "review_ends_at", nullable = false)
    private Instant reviewEndsAt = Instant.EPOCH;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "dispute_reason")
    private @Nullable String disputeReason;

    protected BilledWeekEntity() {}

    BilledWeekEntity(ContractId contract, LocalDate weekStart, int minutes, Money rate, Money amount, Instant billedAt,
            Instant reviewEndsAt) {
        this.contractId = contract.value();
        this.weekStart = weekStart;
        this.minutes = minutes;
        this.rateMinor = rate.minorUnits();
        this.amountMinor = amount.minorUnits();
        this.billedAt = billedAt;
        this.reviewEndsAt = reviewEndsAt;
    }

    /** Every change of state goes through here, checked against {@link BilledWeekState}. */
    public void moveTo(BilledWeekState target, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new UserFacingException("week.state.not-allowed");
        }
        this.state = target;
        this.decidedAt = at;
    }

    public void disputed(String reason, Instant at) {
        moveTo(BilledWeekState.DISPUTED, at);
        this.disputeReason = reason;
    }

    /** The client paid an unpaid week afterwards: it is in review, with the whole window from now on. */
    public void paid(Instant reviewEndsAt) {
        if (state != BilledWeekState.UNPAID) {
            throw new UserFacingException("week.state.not-allowed");
        }
        this.state = BilledWeekState.IN_REVIEW;
        this.decidedAt = null;
        this.reviewEndsAt = reviewEndsAt;
    }

    /** The dispute was withdrawn: the week is in review again, released when its window has passed. */
    public void backInReview() {
        if (!state.canMoveTo(BilledWeekState.IN_REVIEW)) {
            throw new UserFacingException("week.state.not-allowed");
        }
        this.state = BilledWeekState.IN_REVIEW;
        this.decidedAt = null;
        this.disputeReason = null;
    }

    public BilledWeekId id() {
        if (id == null) {
            throw new IllegalStateException("Billed week not saved yet");
        }
        return new BilledWeekId(id);
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public LocalDate weekStart() {
        return weekStart;
    }

    public int minutes() {
        return minutes;
    }

    public Money amount(String currency) {
        return Money.of(amountMinor, currency);
    }

    public BilledWeekState state() {
        return state;
    }

    public Instant reviewEndsAt() {
        return reviewEndsAt;
    }

    /** In review and the window still open at this instant. */
    public boolean disputableAt(Instant now) {
        return state == BilledWeekState.IN_REVIEW && now.isBefore(reviewEndsAt);
    }

    public BilledWeek view(Instant now) {
        return new BilledWeek(id(), state, billedAt, reviewEndsAt, decidedAt, disputeReason, disputableAt(now));
    }
}
