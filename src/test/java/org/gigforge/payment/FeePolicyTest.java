package org.gigforge.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.platform.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeePolicyTest {

    private final FeePolicy policy = new FeePolicy(500, 1000);

    @Test
    void shows_what_each_side_pays_and_receives() {
        var fees = policy.breakdown(Money.ofMajor(1_000, "USD"));
        assertThat(fees.clientFee()).isEqualTo(Money.ofMajor(50, "USD"));
        assertThat(fees.clientPays()).isEqualTo(Money.ofMajor(1_050, "USD"));
        assertThat(fees.freelancerFee()).isEqualTo(Money.ofMajor(100, "USD"));
        assertThat(fees.freelancerReceives()).isEqualTo(Money.ofMajor(900, "USD"));
        assertThat(fees.platformKeeps()).isEqualTo(Money.ofMajor(150, "USD"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 5, 10, 15, 999, 12_345, 99_999_999})
    void the_parts_always_add_up_to_the_cent(long minor) {
        var fees = policy.breakdown(Money.of(minor, "EUR"));
        assertThat(fees.clientPays().minus(fees.clientFee())).isEqualTo(fees.price());
        assertThat(fees.freelancerReceives().plus(fees.freelancerFee())).isEqualTo(fees.price());
        assertThat(fees.clientPays().minus(fees.freelancerReceives())).isEqualTo(fees.platformKeeps());
    }

    @Test
    void rounds_half_up_to_the_minor_unit() {
        // 5 % of 0.10 is 0.005 -> 0.01; 10 % of 0.15 is 0.015 -> 0.02
        assertThat(policy.breakdown(Money.of(10, "USD")).clientFee().minorUnits()).isEqualTo(1);
        assertThat(policy.breakdown(Money.of(15, "USD")).freelancerFee().minorUnits()).isEqualTo(2);
    }

    @Test
    void refuses_fees_out_of_reason() {
        assertThatThrownBy(() -> new FeePolicy(-1, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeePolicy(500, 6000)).isInstanceOf(IllegalArgumentException.class);
    }
}
