package org.gigforge.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.gigforge.contract.internal.IsoWeeks;
import org.gigforge.platform.Money;
import org.gigforge.platform.TestProperties;
import org.junit.jupiter.api.Test;

/** ISO weeks in UTC, their names and the money of time. */
class IsoWeeksTest {

    @Test
    void weeks_run_monday_to_sunday_in_utc() {
        assertThat(IsoWeeks.start(Instant.parse("2030-01-13T23:59:59Z"))).isEqualTo(LocalDate.parse("2030-01-07"));
        assertThat(IsoWeeks.start(Instant.parse("2030-01-14T00:00:00Z"))).isEqualTo(LocalDate.parse("2030-01-14"));
        assertThat(IsoWeeks.end(LocalDate.parse("2030-01-07"))).isEqualTo(Instant.parse("2030-01-14T00:00:00Z"));
        // The ISO year of a week can differ from the calendar year of its days.
        assertThat(IsoWeeks.label(LocalDate.parse("2029-12-31"))).isEqualTo("2030-W01");
        assertThat(IsoWeeks.label(LocalDate.parse("2027-01-04"))).isEqualTo("2027-W01");
        assertThat(IsoWeeks.latestBegun(Instant.parse("2030-01-09T09:59:59Z"))).isEqualTo(LocalDate.parse("2030-01-09"));
        assertThat(IsoWeeks.latestBegun(Instant.parse("2030-01-09T10:00:00Z"))).isEqualTo(LocalDate.parse("2030-01-10"));
        assertThat(IsoWeeks.hours(445)).isEqualTo("7:25");
        // A label names its Monday again (a week's funding key carries it).
        for (String day : new String[] {"2029-12-31", "2027-01-04", "2026-12-28", "2031-01-06"}) {
            LocalDate monday = LocalDate.parse(day);
            assertThat(IsoWeeks.parse(IsoWeeks.label(monday))).as(day).isEqualTo(monday);
        }
        assertThatThrownBy(() -> IsoWeeks.parse("2030-14")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void time_costs_rate_times_minutes_over_sixty_rounded_half_up() {
        assertThat(IsoWeeks.amount(Money.ofMajor(40, "USD"), 445)).isEqualTo(Money.of(29_667, "USD"));
        // 30 cents an hour for one minute is half a cent: rounded up.
        assertThat(IsoWeeks.amount(Money.of(30, "EUR"), 1)).isEqualTo(Money.of(1, "EUR"));
        assertThat(IsoWeeks.amount(Money.of(29, "EUR"), 1)).isEqualTo(Money.of(0, "EUR"));
        assertThat(IsoWeeks.amount(Money.ofMajor(1_000, "USD"), 80 * 60)).isEqualTo(Money.ofMajor(80_000, "USD"));
    }

    @Test
    void the_review_window_is_five_days_unless_configured() {
        assertThat(TestProperties.defaults().contracts().hourlyReviewWindow()).isEqualTo(Duration.ofDays(5));
        assertThat(TestProperties.with(Map.of("gigforge.contracts.hourly-review-window", "3d")).contracts()
                .hourlyReviewWindow()).isEqualTo(Duration.ofDays(3));
    }
}
