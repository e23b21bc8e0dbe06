package org.gigforge.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.gigforge.profile.LanguageLevel;
import org.gigforge.profile.LanguageSkill;

@Embeddable
public class LanguageEntry {

    @Column(name = "language_code", nullable = false, length = 3)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LanguageLevel level = LanguageLevel.BASIC;

    protected LanguageEntry() {}

    LanguageEntry(LanguageSkill skill) {
        this.code = skill.code();
        this.level = Objects.requireNonNull(skill.level());
    }

    LanguageSkill skill() {
        return new LanguageSkill(code, level);
    }
}
