package org.gigforge.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A language a freelancer works in: an ISO 639 code such as {@code en} or {@code de}, and a level. */
public record LanguageSkill(
        @NotBlank(message = "{profile.languages.unknown}") String code,
        @NotNull(message = "{profile.languages.level}") @Nullable LanguageLevel level) {

    public LanguageSkill {
        code = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
