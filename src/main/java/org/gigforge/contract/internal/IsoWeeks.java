package org.gigforge.contract.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Pattern;
import org.gigforge.platform.Money;

/**
 * The weeks hourly contracts are billed by: ISO weeks, Monday 00:00 to Sunday 24:00 in UTC, the same for
 * both parties wherever they live (as Upwork does). Work dates are UTC calendar days.
 */
public final class IsoWeeks {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * The zone furthest ahead (Kiribati, UTC+14): a day "has begun" once it has begun there. A freelancer east
     * of UTC may log their own today although it is still yesterday in UTC; nobody can log a day that has not
     * begun anywhere.
     */
    static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

    private IsoWeeks() {}

    /** The UTC calendar day of an instant. */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The latest day that has begun somewhere on Earth at this instant. */
    public static LocalDate latestBegun(Instant at) {
        return LocalDate.ofInstant(at, EARLIEST);
    }

    /** The Monday of the day's week. */
    public static LocalDate start(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Monday of the UTC week the instant falls in. */
    public static LocalDate start(Instant at) {
        return start(day(at));
    }

    /** When the week that starts on this Monday is over: the next Monday, 00:00 UTC. */
    public static Instant end(LocalDate weekStart) {
        return weekStart.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The week's ISO name, e.g. {@code 2030-W02}, for ledger memos, idempotency keys and the history. */
    /** The Monday of a week named as {@link #label} names it ("2030-W02"). */
    public static LocalDate parse(String label) {
        var match = LABEL.matcher(label);
        if (!match.matches()) {
            throw new IllegalArgumentException("Not an ISO week: " + label);
        }
        return LocalDate.of(Integer.parseInt(match.group(1)), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(match.group(2)))
                .with(DayOfWeek.MONDAY);
    }

    public static String label(LocalDate weekStart) {
        return String.format("%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR),
                weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "12:05": hours and minutes, for memos and messages in any language. */
    public static String hours(int minutes) {
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }

    /** What the time costs at the rate: rate × minutes / 60, rounded half up to the currency's minor unit. */
    public static Money amount(Money hourlyRate, long minutes) {
        long minor = BigDecimal.valueOf(hourlyRate.minorUnits()).multiply(BigDecimal.valueOf(minutes))
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
        return new Money(minor, hourlyRate.currency());
    }
}
