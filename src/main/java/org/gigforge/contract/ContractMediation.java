package org.gigforge.contract;

import java.time.Clock;
import java.time.Instant;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.internal.BilledWeekEntity;
import org.gigforge.contract.internal.BilledWeekRepository;
import org.gigforge.contract.internal.ContractEntity;
import org.gigforge.contract.internal.ContractEventEntity;
import org.gigforge.contract.internal.ContractEventRepository;
import org.gigforge.contract.internal.ContractRepository;
import org.gigforge.contract.internal.IsoWeeks;
import org.gigforge.contract.internal.MilestoneEntity;
import org.gigforge.contract.internal.MilestoneRepository;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentService;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the disputes module needs from contracts (decision 25), so that contracts never depend on disputes: freezing
 * a milestone's or a billed week's money while a dispute about it is open, lifting the freeze when the dispute is
 * withdrawn, settling it as an admin decided, and writing each step into the contract's history.
 *
 * <p>Each method checks who asks: only the contract's two parties freeze or lift, only admins settle; the history
 * notes of the deadline job run with nobody signed in.
 */
@Service
@Transactional
public class ContractMediation {

    private final ContractRepository contracts;
    private final MilestoneRepository milestones;
    private final BilledWeekRepository weeks;
    private final ContractEventRepository history;
    private final PaymentService payments;
    private final Clock clock;

    ContractMediation(ContractRepository contracts, MilestoneRepository milestones, BilledWeekRepository weeks,
            ContractEventRepository history, PaymentService payments, Clock clock) {
        this.contracts = contracts;
        this.milestones = milestones;
        this.weeks = weeks;
        this.history = history;
        this.payments = payments;
        this.clock = clock;
    }

    /** The work, for its contract's parties and admins; anyone else is told it does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DisputedWork work(WorkRef ref) {
        var viewer = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("dispute.work.not-found"));
        var work = find(ref, false);
        if (!work.isParty(viewer.userId()) && !viewer.hasRole(Role.ADMIN)) {
            throw new UserFacingException("dispute.work.not-found");
        }
        return work;
    }

    /**
     * A party freezes the work's money for a dispute: a milestone that is funded or submitted, or a billed week
     * still in its review window. From now on it is not approved, refunded, sent back or released automatically.
     * The row stays locked until the caller's transaction ends, so an approval or the release job cannot slip in.
     *
     * @param reason a few words kept with a billed week (its page shows them) and written into the history
     */
    @PreAuthorize("isAuthenticated()")
    public DisputedWork hold(WorkRef ref, String reason) {
        UserId me = AccountPrincipal.currentUserId();
        var work = find(ref, true);
        if (!work.isParty(me)) {
            throw new UserFacingException("dispute.work.not-found");
        }
        Instant now = clock.instant();
        switch (ref.kind()) {
            case MILESTONE -> {
                var contract = contracts.findById(work.contract().value()).orElseThrow();
                if (contract.state().ended()) {
                    throw new UserFacingException("contract.state.not-allowed");
                }
                milestone(ref, false).hold(now);
            }
            case WEEK -> {
                var week = week(ref, false);
                if (!week.disputableAt(now)) {
                    throw new UserFacingException(week.state() == BilledWeekState.IN_REVIEW ? "week.review-over"
                            : "dispute.already-open");
                }
                week.disputed(reason, now);
            }
        }
        record(work.contract(), me, "dispute.opened", work.title() + ": " + reason);
        return work;
    }

    /** The dispute was withdrawn: the money follows its normal path again (approval, auto-release, review window). */
    @PreAuthorize("isAuthenticated()")
    public DisputedWork lift(WorkRef ref) {
        UserId me = AccountPrincipal.currentUserId();
        var work = find(ref, true);
        if (!work.isParty(me)) {
            throw new UserFacingException("dispute.work.not-found");
        }
        switch (ref.kind()) {
            case MILESTONE -> milestone(ref, false).lift();
            case WEEK -> week(ref, false).backInReview();
        }
        record(work.contract(), me, "dispute.withdrawn", work.title());
        return work;
    }

    /**
     * An admin's decision settles the frozen money: {@code toFreelancer} is released to the freelancer (less the
     * freelancer fee), the rest refunded to the client (with the client fee on it). Zero is a refund, the whole
     * amount a release, anything between a split. The ledger keys are {@code <keyBase>:release} and
     * {@code <keyBase>:refund}, so a retried decision moves the money once.
     */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public DisputedWork settle(WorkRef ref, Money toFreelancer, String keyBase, String detail) {
        var work = find(ref, true);
        Money amount = work.amount();
        if (!toFreelancer.currency().equals(amount.currency()) || toFreelancer.minorUnits() < 0
                || toFreelancer.compareTo(amount) > 0) {
            throw new UserFacingException("dispute.split.range");
        }
        Money toClient = amount.minus(toFreelancer);
        Instant now = clock.instant();
        switch (ref.kind()) {
            case MILESTONE -> {
                var milestone = milestone(ref, false);
                if (milestone.disputedAt() == null) {
                    throw new UserFacingException("milestone.state.not-allowed");
                }
                milestone.moveTo(!toClient.isPositive() ? MilestoneState.RELEASED
                        : !toFreelancer.isPositive() ? MilestoneState.REFUNDED : MilestoneState.SPLIT, now);
            }
            case WEEK -> {
                var week = week(ref, false);
                if (week.state() != BilledWeekState.DISPUTED) {
                    throw new UserFacingException("week.state.not-allowed");
                }
                week.moveTo(!toClient.isPositive() ? BilledWeekState.RELEASED
                        : !toFreelancer.isPositive() ? BilledWeekState.REFUNDED : BilledWeekState.SPLIT, now);
            }
        }
        String escrow = ContractEntity.escrowOf(work.contract());
        String memo = "Dispute decision: " + work.title();
        if (toFreelancer.isPositive()) {
            payments.release(IdempotencyKey.of(keyBase + ":release"), escrow, toFreelancer, memo);
        }
        if (toClient.isPositive()) {
            payments.refund(IdempotencyKey.of(keyBase + ":refund"), escrow, toClient, memo);
        }
        record(work.contract(), AccountPrincipal.currentUserId(), "dispute.decided", work.title() + ": " + detail);
        return work;
    }

    /** Writes a step of the dispute into the contract's history; the deadline job calls it with nobody signed in. */
    @PreAuthorize("permitAll()")
    public void note(ContractId contract, @Nullable UserId actor, MediationStep step, String detail) {
        record(contract, actor, step.historyKind(), detail);
    }

    private DisputedWork find(WorkRef ref, boolean lock) {
        return switch (ref.kind()) {
            case MILESTONE -> {
                var m = milestone(ref, lock);
                var c = contracts.findById(m.contractId().value()).orElseThrow();
                yield view(ref, c, m.title(), m.amount(c.terms().currency()));
            }
            case WEEK -> {
                var w = week(ref, lock);
                var c = contracts.findById(w.contractId().value()).orElseThrow();
                yield view(ref, c, "Week " + IsoWeeks.label(w.weekStart()), w.amount(c.terms().currency()));
            }
        };
    }

    private MilestoneEntity milestone(WorkRef ref, boolean lock) {
        return (lock ? milestones.findForUpdate(ref.id()) : milestones.findById(ref.id()))
                .orElseThrow(() -> new UserFacingException("dispute.work.not-found"));
    }

    private BilledWeekEntity week(WorkRef ref, boolean lock) {
        return (lock ? weeks.findForUpdate(ref.id()) : weeks.findById(ref.id()))
                .orElseThrow(() -> new UserFacingException("dispute.work.not-found"));
    }

    private static DisputedWork view(WorkRef ref, ContractEntity c, String title, Money amount) {
        return new DisputedWork(ref, c.id(), c.title(), c.clientId(), c.freelancerId(), title, amount);
    }

    private void record(ContractId contract, @Nullable UserId actor, String kind, String detail) {
        history.save(new ContractEventEntity(contract, clock.instant(), actor, kind, detail));
    }
}
