package org.gigforge.job;

import org.jspecify.annotations.Nullable;

/** A search-as-you-type suggestion: a skill (then {@code skill} is its slug, usable as a filter) or a job title. */
public record JobSuggestion(String text, @Nullable String skill) {}
