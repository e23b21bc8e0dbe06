package org.gigforge.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Every allowed and refused step of a dispute. */
class DisputeStateTest {

    @Test
    void an_open_dispute_awaits_an_answer_then_a_decision_and_may_be_withdrawn_until_decided() {
        assertThat(DisputeState.AWAITING_RESPONSE.next()).containsExactlyInAnyOrder(DisputeState.AWAITING_DECISION,
                DisputeState.WITHDRAWN);
        assertThat(DisputeState.AWAITING_DECISION.next()).containsExactlyInAnyOrder(DisputeState.DECIDED,
                DisputeState.WITHDRAWN);
        // Nobody decides before the other side had its say (or its deadline passed).
        assertThat(DisputeState.AWAITING_RESPONSE.canMoveTo(DisputeState.DECIDED)).isFalse();
        assertThat(DisputeState.AWAITING_DECISION.canMoveTo(DisputeState.AWAITING_RESPONSE)).isFalse();
        for (DisputeState closed : EnumSet.of(DisputeState.DECIDED, DisputeState.WITHDRAWN)) {
            assertThat(closed.next()).as(closed.name()).isEmpty();
            assertThat(closed.open()).isFalse();
            for (DisputeState any : DisputeState.values()) {
                assertThat(closed.canMoveTo(any)).as(closed + " -> " + any).isFalse();
            }
        }
        assertThat(DisputeState.AWAITING_RESPONSE.open()).isTrue();
        assertThat(DisputeState.AWAITING_DECISION.open()).isTrue();
    }
}
