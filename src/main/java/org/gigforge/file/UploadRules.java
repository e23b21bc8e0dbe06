package org.gigforge.file;

import java.util.List;

/**
 * What an upload of one kind may be, for upload fields to tell the browser (which then refuses early). The
 * server checks again: the browser's check is a convenience, not a boundary.
 *
 * @param maxBytes the largest accepted size
 * @param acceptedTypes content types and extensions for the browser's file picker, e.g. {@code image/png}, {@code .png}
 */
public record UploadRules(long maxBytes, List<String> acceptedTypes) {

    public UploadRules {
        acceptedTypes = List.copyOf(acceptedTypes);
    }
}
