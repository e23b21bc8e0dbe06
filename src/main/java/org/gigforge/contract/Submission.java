package org.gigforge.contract;

import java.time.Instant;
import java.util.List;
import org.gigforge.file.StoredFile;

/** One time the freelancer handed in a milestone's work: the message and the files that came with it. */
public record Submission(
        long id,
        MilestoneId milestone,
        String milestoneTitle,
        String message,
        Instant submittedAt,
        List<StoredFile> files) {

    public Submission {
        files = List.copyOf(files);
    }
}
