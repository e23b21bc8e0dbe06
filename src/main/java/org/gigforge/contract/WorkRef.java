package org.gigforge.contract;

/**
 * Money in protection that a dispute can be about: a funded milestone or a billed week of an hourly contract,
 * by its id. The disputes module keeps this pair; the contracts module knows what it names.
 */
public record WorkRef(Kind kind, long id) {

    public enum Kind { MILESTONE, WEEK }

    public static WorkRef milestone(MilestoneId id) {
        return new WorkRef(Kind.MILESTONE, id.value());
    }

    public static WorkRef week(BilledWeekId id) {
        return new WorkRef(Kind.WEEK, id.value());
    }
}
