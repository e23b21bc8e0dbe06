package org.gigforge.profile;

import java.time.LocalDate;
import java.util.List;

/** Visits of a freelancer's public profile by others, per day (UTC), oldest first, days without visits as 0. */
public record ProfileViews(List<Day> days) {

    public record Day(LocalDate date, int views) {}

    public ProfileViews {
        days = List.copyOf(days);
    }

    public long total() {
        return days.stream().mapToLong(Day::views).sum();
    }

    public int most() {
        return days.stream().mapToInt(Day::views).max().orElse(0);
    }
}
