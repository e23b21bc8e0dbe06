package org.gigforge.taxonomy;

/** How experienced a freelancer is, or how experienced a job needs them to be. */
public enum ExperienceLevel {
    ENTRY,
    INTERMEDIATE,
    EXPERT
}
