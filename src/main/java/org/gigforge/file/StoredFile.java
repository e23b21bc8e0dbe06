package org.gigforge.file;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as views show it. {@code url} is where a browser gets it: a public image's permanent,
 * content-hashed address, or a private file's address that checks the reader on every request.
 *
 * @param name the uploader's file name, cleaned, with an extension that matches the content
 * @param width pixels, for images only
 * @param thumbnailUrl a smaller version, for images only
 */
public record StoredFile(
        FileId id,
        FileKind kind,
        String name,
        String contentType,
        long size,
        @Nullable Integer width,
        @Nullable Integer height,
        String url,
        @Nullable String thumbnailUrl) {}
