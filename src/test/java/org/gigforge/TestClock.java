package org.gigforge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests (see {@link GigforgeTest}): the real time until a test sets it, then that
 * instant until it is moved or reset. A test that sets it resets it afterwards, since every test class shares
 * the context.
 */
public final class TestClock extends Clock {

    private volatile @Nullable Instant fixed;

    /** Stops the clock at this instant. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Moves a stopped clock on (or back, with a negative duration). */
    public void advance(Duration duration) {
        Instant at = fixed;
        if (at == null) {
            throw new IllegalStateException("Set the clock before moving it");
        }
        this.fixed = at.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** Puts the test clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
