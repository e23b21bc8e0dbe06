package org.gigforge.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gigforge.platform.Money;

/**
 * The time of an hourly contract as its parties (and admins) see it: the current week with what is left
 * under the weekly cap, and every earlier week with its billing, newest first.
 *
 * @param canLog the viewer is the contract's freelancer and the contract is active: they may log, edit and
 *        delete entries of the current week
 * @param firstLoggable the earliest day that may be logged now (the week's Monday, or the contract's first day)
 * @param lastLoggable the latest day that may be logged now (today, never past the week's Sunday)
 * @param reviewWindow how long the client may dispute a week once it is billed
 * @param asOf when the timesheet was read, e.g. for a form's "today"
 */
public record Timesheet(
        ContractId contract,
        Money hourlyRate,
        int weeklyCapMinutes,
        TimesheetWeek current,
        int minutesLeft,
        boolean canLog,
        LocalDate firstLoggable,
        LocalDate lastLoggable,
        List<TimesheetWeek> past,
        Duration reviewWindow,
        Instant asOf) {

    public Timesheet {
        past = List.copyOf(past);
    }
}
