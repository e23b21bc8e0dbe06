package org.gigforge.platform;

/** How this node runs: with the embedded database (laptop, demo) or against an external one (production). */
public record RunMode(boolean embeddedDatabase) {}
