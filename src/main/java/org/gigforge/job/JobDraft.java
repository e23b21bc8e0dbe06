package org.gigforge.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.file.FileId;
import org.gigforge.platform.Money;
import org.gigforge.taxonomy.ExperienceLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a client writes when posting a job. A fixed-price job needs {@code budget}; an hourly job
 * needs {@code rateMin} and {@code rateMax}. The service checks the rest (taxonomy, sensible amounts).
 */
public record JobDraft(
        @NotBlank(message = "{job.title.required}") @Size(max = 120, message = "{job.title.too-long}") String title,
        @NotBlank(message = "{job.description.required}")
                @Size(max = 10_000, message = "{job.description.too-long}")
                String description,
        @NotBlank(message = "{job.category.required}") String categoryCode,
        @NotNull @Size(min = 1, max = 15, message = "{job.skills.count}") List<String> skills,
        @NotNull(message = "{job.type.required}") @Nullable JobType type,
        @Nullable Money budget,
        @Nullable Money rateMin,
        @Nullable Money rateMax,
        @NotNull(message = "{job.experience.required}") @Nullable ExperienceLevel experienceLevel,
        @NotNull(message = "{job.duration.required}") @Nullable ProjectDuration duration,
        JobLocation location,
        @NotNull @Size(max = 5, message = "{job.questions.count}")
                List<@NotBlank(message = "{job.questions.blank}") @Size(max = 300, message = "{job.questions.too-long}") String>
                questions,
        JobVisibility visibility,
        /** Uploaded documents (briefs, specifications) shown to everyone who may see the job. */
        @NotNull @Size(max = 5, message = "{job.attachments.count}") List<FileId> attachments) {

    public static final int MAX_QUESTIONS = 5;
    public static final int MAX_ATTACHMENTS = 5;

    public JobDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        categoryCode = categoryCode == null ? "" : categoryCode;
        skills = skills == null ? List.of() : List.copyOf(skills);
        location = location == null ? JobLocation.anywhere() : location;
        questions = questions == null ? List.of() : questions.stream().map(q -> q == null ? "" : q.strip()).toList();
        visibility = visibility == null ? JobVisibility.PUBLIC : visibility;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same job with the classic defaults: remote from anywhere, no questions, public. */
    public static JobDraft of(String title, String description, String categoryCode, List<String> skills,
            @Nullable JobType type, @Nullable Money budget, @Nullable Money rateMin, @Nullable Money rateMax,
            @Nullable ExperienceLevel experienceLevel, @Nullable ProjectDuration duration) {
        return new JobDraft(title, description, categoryCode, skills, type, budget, rateMin, rateMax, experienceLevel,
                duration, JobLocation.anywhere(), List.of(), JobVisibility.PUBLIC, List.of());
    }
}
