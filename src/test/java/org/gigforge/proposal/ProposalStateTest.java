package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProposalStateTest {

    @Test
    void an_undecided_proposal_can_be_withdrawn() {
        assertThat(ProposalState.SUBMITTED.canMoveTo(ProposalState.WITHDRAWN)).isTrue();
        assertThat(ProposalState.VIEWED.canMoveTo(ProposalState.WITHDRAWN)).isTrue();
        assertThat(ProposalState.SHORTLISTED.canMoveTo(ProposalState.WITHDRAWN)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalState.class, names = {"DECLINED", "WITHDRAWN", "HIRED"})
    void decided_proposals_are_final(ProposalState state) {
        assertThat(state.next()).isEmpty();
        assertThat(state.isOpen()).as("an offer may answer it").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalState.class, names = {"SUBMITTED", "VIEWED", "SHORTLISTED"})
    void undecided_proposals_are_open_to_offers(ProposalState state) {
        assertThat(state.isOpen()).isTrue();
    }

    @Test
    void nothing_goes_back_to_submitted() {
        for (ProposalState state : ProposalState.values()) {
            assertThat(state.canMoveTo(ProposalState.SUBMITTED)).isFalse();
        }
        assertThat(ProposalState.SHORTLISTED.canMoveTo(ProposalState.VIEWED)).isFalse();
    }
}
