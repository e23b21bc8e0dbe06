package org.gigforge.job;

import java.time.Instant;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.file.FileId;
import org.gigforge.platform.Money;
import org.gigforge.platform.Slug;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * A job as lists show it, with the client's public name. Fixed-price jobs carry {@code budget}; hourly jobs carry the rate range.
 */
public record JobSummary(
        JobId id,
        UserId clientId,
        String clientName,
        String title,
        String description,
        String categoryCode,
        List<String> skills,
        JobType type,
        @Nullable Money budget,
        @Nullable Money rateMin,
        @Nullable Money rateMax,
        ExperienceLevel experienceLevel,
        ProjectDuration duration,
        JobState state,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable CloseReason closeReason,
        @Nullable String moderationNote,
        JobLocation location,
        List<String> questions,
        JobVisibility visibility,
        /** Starts at 1 and goes up with every edit of an open job; proposals remember the one they answered. */
        int revision,
        List<FileId> attachments) {

    /** What the client wrote, in the shape of a draft: the form for editing starts from it. */
    public JobDraft content() {
        return new JobDraft(title, description, categoryCode, skills, type, budget, rateMin, rateMax, experienceLevel,
                duration, location, questions, visibility, attachments);
    }

    /** The readable public address of the job, e.g. {@code jobs/42-build-a-shopify-storefront}. */
    public String path() {
        return Slug.path("jobs", id, title);
    }
}
