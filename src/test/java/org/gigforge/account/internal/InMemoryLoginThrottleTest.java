package org.gigforge.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.gigforge.platform.TestProperties;
import org.junit.jupiter.api.Test;

class InMemoryLoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(clock, TestProperties.with(Map.of(
            "gigforge.login-throttle.max-failures-per-account", "3",
            "gigforge.login-throttle.max-failures-per-address", "5",
            "gigforge.login-throttle.window", "15m")));

    @Test
    void throttles_an_account_after_too_many_failures_until_the_window_passes() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isThrottled("Jane@Example.org", "10.0.0." + i)).isFalse();
            throttle.recordFailure("jane@example.org", "10.0.0." + i);
        }
        // Case and address do not matter for the account count.
        assertThat(throttle.isThrottled("JANE@example.org", "192.0.2.1")).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isThrottled("jane@example.org", "192.0.2.1")).isFalse();
    }

    @Test
    void throttles_an_address_that_tries_many_accounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("victim" + i + "@example.org", "203.0.113.9");
        }
        assertThat(throttle.isThrottled("someone.else@example.org", "203.0.113.9")).isTrue();
        assertThat(throttle.isThrottled("someone.else@example.org", "203.0.113.10")).isFalse();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        throttle.recordFailure("sam@example.org", "198.51.100.1");
        throttle.recordFailure("sam@example.org", "198.51.100.1");
        throttle.recordSuccess("sam@example.org");
        throttle.recordFailure("sam@example.org", "198.51.100.2");
        throttle.recordFailure("sam@example.org", "198.51.100.2");
        assertThat(throttle.isThrottled("sam@example.org", "198.51.100.3")).isFalse();
    }
}
