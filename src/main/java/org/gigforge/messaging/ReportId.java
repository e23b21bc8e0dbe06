package org.gigforge.messaging;

/** Identifies a report in the moderation queue. */
public record ReportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
