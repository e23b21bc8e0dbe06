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
    void rounds_half_up_on_large_amounts_too() {
        // 5 % of 123,456.79 is 6,172.8395 -> 6,172.84; 10 % is 12,345.679 -> 12,345.68
        var fees = policy.breakdown(Money.of(12_345_679, "USD"));
        assertThat(fees.clientFee()).isEqualTo(Money.of(617_284, "USD"));
        assertThat(fees.freelancerFee()).isEqualTo(Money.of(1_234_568, "USD"));
        assertThat(fees.freelancerReceives()).isEqualTo(Money.of(11_111_111, "USD"));
    }

    @Test
    void a_minimum_fee_applies_to_small_prices_only() {
        var withMinimum = new FeePolicy(500, 1000, 50, 100);
        var small = withMinimum.breakdown(Money.of(300, "EUR"));
        assertThat(small.clientFee()).isEqualTo(Money.of(50, "EUR"));
        assertThat(small.clientPays()).isEqualTo(Money.of(350, "EUR"));
        assertThat(small.freelancerFee()).isEqualTo(Money.of(100, "EUR"));
        assertThat(small.freelancerReceives()).isEqualTo(Money.of(200, "EUR"));
        var large = withMinimum.breakdown(Money.ofMajor(100, "EUR"));
        assertThat(large.clientFee()).isEqualTo(Money.ofMajor(5, "EUR"));
        assertThat(large.freelancerFee()).isEqualTo(Money.ofMajor(10, "EUR"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 49, 50, 99, 100, 101, 1_001, 1_999})
    void with_minimums_the_parts_still_add_up_and_nobody_receives_less_than_nothing(long minor) {
        var fees = new FeePolicy(500, 1000, 50, 100).breakdown(Money.of(minor, "GBP"));
        assertThat(fees.clientPays().minus(fees.clientFee())).isEqualTo(fees.price());
        assertThat(fees.freelancerReceives().plus(fees.freelancerFee())).isEqualTo(fees.price());
        assertThat(fees.clientPays().minus(fees.freelancerReceives())).isEqualTo(fees.platformKeeps());
        assertThat(fees.freelancerReceives().minorUnits()).isNotNegative();
        assertThat(fees.freelancerFee().compareTo(fees.price())).isLessThanOrEqualTo(0);
    }

    @Test
    void refuses_fees_out_of_reason() {
        assertThatThrownBy(() -> new FeePolicy(-1, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeePolicy(500, 6000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeePolicy(500, 1000, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
