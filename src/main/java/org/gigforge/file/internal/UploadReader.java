package org.gigforge.file.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an upload into memory, stopping as soon as it passes the limit: declared sizes are not trusted. */
public final class UploadReader {

    private static final int CHUNK = 64 * 1024;

    private UploadReader() {}

    /** The whole content, or {@code null} when it is longer than {@code limit} bytes (the rest is not read). */
    public static byte @org.jspecify.annotations.Nullable [] readAtMost(InputStream in, long limit) {
        var out = new ByteArrayOutputStream((int) Math.min(limit, CHUNK));
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        try {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += read;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
        return out.toByteArray();
    }
}
