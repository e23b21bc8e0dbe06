package org.gigforge.job;

import org.jspecify.annotations.Nullable;

/** The admin's job list filter: text in the title, a state, a category. */
public record JobFilter(@Nullable String text, @Nullable JobState state, @Nullable String categoryCode) {

    public static JobFilter none() {
        return new JobFilter(null, null, null);
    }
}
