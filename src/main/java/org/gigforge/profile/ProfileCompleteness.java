package org.gigforge.profile;

import java.util.List;

/**
 * How complete a freelancer's profile is, and what is missing, in the order worth doing. Each step
 * counts the same, so the figure is easy to explain: done steps divided by all steps.
 */
public record ProfileCompleteness(int percent, List<Step> missing) {

    /** What a complete profile has. */
    public enum Step {
        PHOTO,
        HEADLINE,
        OVERVIEW,
        SKILLS,
        RATE,
        LANGUAGES,
        EMPLOYMENT,
        PORTFOLIO,
        RESUME
    }

    /** A good overview tells clients enough to decide; one line doesn't. */
    public static final int OVERVIEW_MIN_LENGTH = 200;

    /** Three skills or more make a profile show up in the searches clients actually run. */
    public static final int SKILLS_MIN = 3;

    public static ProfileCompleteness of(List<Step> missing) {
        int total = Step.values().length;
        return new ProfileCompleteness(Math.round(100f * (total - missing.size()) / total), List.copyOf(missing));
    }
}
