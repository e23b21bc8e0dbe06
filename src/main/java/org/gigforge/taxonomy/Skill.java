package org.gigforge.taxonomy;

/** A skill from the taxonomy, identified by its slug ({@code react}, {@code kubernetes}). */
public record Skill(String slug, String name, String categoryCode) {}
