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
    void milestone_money_moves_only_forward_or_back_by_refund() {
        assertThat(MilestoneState.UNFUNDED.next()).containsExactlyInAnyOrder(MilestoneState.PAYMENT_PENDING,
                MilestoneState.FUNDED, MilestoneState.REMOVED);
        // Paying on the provider's page ends funded, or unfunded again; never removed with a payment under way.
        assertThat(MilestoneState.PAYMENT_PENDING.next()).containsExactlyInAnyOrder(MilestoneState.FUNDED,
                MilestoneState.UNFUNDED);
        assertThat(MilestoneState.FUNDED.next()).containsExactlyInAnyOrder(MilestoneState.SUBMITTED, MilestoneState.REFUNDED);
        assertThat(MilestoneState.SUBMITTED.next()).containsExactlyInAnyOrder(MilestoneState.RELEASED, MilestoneState.FUNDED,
                MilestoneState.REFUNDED);
        // Funded money is never simply removed, and released money never comes back here.
        assertThat(MilestoneState.FUNDED.canMoveTo(MilestoneState.REMOVED)).isFalse();
        assertThat(MilestoneState.UNFUNDED.canMoveTo(MilestoneState.RELEASED)).isFalse();
        for (MilestoneState done : EnumSet.of(MilestoneState.RELEASED, MilestoneState.REFUNDED, MilestoneState.REMOVED)) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
    }

    @Test
    void a_billed_week_is_released_or_disputed_once() {
        assertThat(BilledWeekState.IN_REVIEW.next()).containsExactlyInAnyOrder(BilledWeekState.RELEASED,
                BilledWeekState.DISPUTED, BilledWeekState.UNPAID);
        // A disputed week is frozen: it is not released (mediation comes with the payments issue).
        assertThat(BilledWeekState.DISPUTED.canMoveTo(BilledWeekState.RELEASED)).isFalse();
        assertThat(BilledWeekState.RELEASED.canMoveTo(BilledWeekState.DISPUTED)).isFalse();
        assertThat(BilledWeekState.IN_REVIEW.canMoveTo(BilledWeekState.IN_REVIEW)).isFalse();
        // An unpaid week has nothing in escrow: it is never released.
        for (BilledWeekState done : EnumSet.of(BilledWeekState.RELEASED, BilledWeekState.DISPUTED, BilledWeekState.UNPAID)) {
            assertThat(done.next()).as(done.name()).isEmpty();
        }
    }
}
