package org.gigforge.profile;

/** How well a freelancer speaks a language, in the words clients use when hiring. */
public enum LanguageLevel {
    BASIC,
    CONVERSATIONAL,
    FLUENT,
    NATIVE
}
