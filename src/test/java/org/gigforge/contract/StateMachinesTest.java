package org.gigforge.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Every allowed and every refused step of offers, contracts, milestones and billed weeks. */
class StateMachinesTest {

    @Test
    void an_offer_is_answered_once() {
        assertThat(OfferState.SENT.next()).containsExactlyInAnyOrder(OfferState.ACCEPTED, OfferState.DECLINED,
                OfferState.WITHDRAWN);
        for (OfferState done : EnumSet.complementOf(EnumSet.of(OfferState.SENT))) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
    }

    @Test
    void a_contract_pauses_and_ends_but_never_restarts() {
        assertThat(ContractState.ACTIVE.next()).containsExactlyInAnyOrder(ContractState.PAUSED, ContractState.COMPLETED,
                ContractState.CANCELLED);
        assertThat(ContractState.PAUSED.next()).containsExactlyInAnyOrder(ContractState.ACTIVE, ContractState.CANCELLED);
        assertThat(ContractState.PAUSED.canMoveTo(ContractState.COMPLETED)).isFalse();
        assertThat(ContractState.COMPLETED.next()).isEmpty();
        assertThat(ContractState.CANCELLED.next()).isEmpty();
        assertThat(ContractState.COMPLETED.ended()).isTrue();
        assertThat(ContractState.PAUSED.ended()).isFalse();
    }

    @Test
    void milestone_money_moves_only_forward_or_back_by_refund_or_a_dispute_decision() {
        assertThat(MilestoneState.UNFUNDED.next()).containsExactlyInAnyOrder(MilestoneState.PAYMENT_PENDING,
                MilestoneState.FUNDED, MilestoneState.REMOVED);
        // Paying on the provider's page ends funded, or unfunded again; never removed with a payment under way.
        assertThat(MilestoneState.PAYMENT_PENDING.next()).containsExactlyInAnyOrder(MilestoneState.FUNDED,
                MilestoneState.UNFUNDED);
        // A dispute decision may release or split funded work that was never submitted.
        assertThat(MilestoneState.FUNDED.next()).containsExactlyInAnyOrder(MilestoneState.SUBMITTED, MilestoneState.REFUNDED,
                MilestoneState.RELEASED, MilestoneState.SPLIT);
        assertThat(MilestoneState.SUBMITTED.next()).containsExactlyInAnyOrder(MilestoneState.RELEASED, MilestoneState.FUNDED,
                MilestoneState.REFUNDED, MilestoneState.SPLIT);
        // Funded money is never simply removed, and released money never comes back here.
        assertThat(MilestoneState.FUNDED.canMoveTo(MilestoneState.REMOVED)).isFalse();
        assertThat(MilestoneState.UNFUNDED.canMoveTo(MilestoneState.RELEASED)).isFalse();
        assertThat(MilestoneState.UNFUNDED.canMoveTo(MilestoneState.SPLIT)).isFalse();
        for (MilestoneState done : EnumSet.of(MilestoneState.RELEASED, MilestoneState.REFUNDED, MilestoneState.REMOVED,
                MilestoneState.SPLIT)) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
    }

    @Test
    void a_billed_week_is_released_or_disputed_and_a_dispute_settles_it_once() {
        assertThat(BilledWeekState.IN_REVIEW.next()).containsExactlyInAnyOrder(BilledWeekState.RELEASED,
                BilledWeekState.DISPUTED, BilledWeekState.UNPAID);
        // A disputed week is frozen until the decision (released, refunded, split) or a withdrawal (back in review).
        assertThat(BilledWeekState.DISPUTED.next()).containsExactlyInAnyOrder(BilledWeekState.IN_REVIEW,
                BilledWeekState.RELEASED, BilledWeekState.REFUNDED, BilledWeekState.SPLIT);
        assertThat(BilledWeekState.RELEASED.canMoveTo(BilledWeekState.DISPUTED)).isFalse();
        assertThat(BilledWeekState.IN_REVIEW.canMoveTo(BilledWeekState.IN_REVIEW)).isFalse();
        assertThat(BilledWeekState.IN_REVIEW.canMoveTo(BilledWeekState.REFUNDED)).isFalse();
        // An unpaid week has nothing in escrow: it is never released, only paid (then it is in review).
        assertThat(BilledWeekState.UNPAID.next()).containsExactly(BilledWeekState.IN_REVIEW);
        for (BilledWeekState done : EnumSet.of(BilledWeekState.RELEASED, BilledWeekState.REFUNDED, BilledWeekState.SPLIT)) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
    }
}
