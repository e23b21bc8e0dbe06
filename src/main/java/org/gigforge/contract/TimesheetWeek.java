package org.gigforge.contract;

import java.time.LocalDate;
import java.util.List;
import org.gigforge.payment.FeeBreakdown;
import org.jspecify.annotations.Nullable;

/**
 * One ISO week (Monday to Sunday, UTC) of an hourly contract with its entries, newest day first, and its
 * money: {@code fees.price()} is the amount (rate × time), {@code fees.clientPays()} what the client is
 * charged, {@code fees.freelancerReceives()} what the freelancer gets.
 *
 * @param billing how the week was billed; null while it is open, or ended but not billed yet
 */
public record TimesheetWeek(
        LocalDate start,
        LocalDate end,
        List<TimeEntry> entries,
        int minutes,
        FeeBreakdown fees,
        @Nullable BilledWeek billing) {

    public TimesheetWeek {
        entries = List.copyOf(entries);
    }
}
