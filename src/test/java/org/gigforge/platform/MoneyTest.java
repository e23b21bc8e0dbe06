package org.gigforge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void major_units_become_exact_minor_units() {
        assertThat(Money.ofMajor(250, "USD").minorUnits()).isEqualTo(25_000);
        assertThat(Money.ofMajor(250, "JPY").minorUnits()).isEqualTo(250);
        assertThat(Money.of(1999, "EUR").toDecimal()).hasToString("19.99");
    }

    @Test
    void formats_by_locale() {
        assertThat(Money.of(125_000, "USD").format(Locale.US)).isEqualTo("$1,250");
        assertThat(Money.of(125_050, "USD").format(Locale.US)).isEqualTo("$1,250.50");
        assertThat(Money.of(125_050, "EUR").format(Locale.GERMANY)).isEqualTo("1.250,50\u00a0€");
    }

    @Test
    void arithmetic_refuses_mixed_currencies_and_overflow() {
        assertThat(Money.of(100, "USD").plus(Money.of(50, "USD"))).isEqualTo(Money.of(150, "USD"));
        assertThat(Money.of(100, "USD").minus(Money.of(150, "USD")).minorUnits()).isEqualTo(-50);
        assertThatThrownBy(() -> Money.of(100, "USD").plus(Money.of(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(5, "USD").compareTo(Money.of(7, "USD"))).isNegative();
    }
}
