package org.gigforge.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gigforge.file.FileId;
import org.jspecify.annotations.Nullable;

/** A portfolio piece as the freelancer adds it: what it was, an optional link, and 1–5 uploaded pictures. */
public record PortfolioDraft(
        @NotBlank(message = "{portfolio.title.required}") @Size(max = 100, message = "{portfolio.title.too-long}")
                String title,
        @Size(max = 1_000, message = "{portfolio.description.too-long}") String description,
        @Size(max = 500, message = "{portfolio.link.invalid}") @Nullable String link,
        @NotNull @Size(min = 1, max = 5, message = "{portfolio.images.count}") List<FileId> images) {

    public PortfolioDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        link = link == null || link.isBlank() ? null : link.strip();
        images = images == null ? List.of() : List.copyOf(images);
    }
}
