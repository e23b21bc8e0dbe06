package org.gigforge.file.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where file contents live, by key. Keys are plain paths chosen by the files module ({@code public/<sha256>.jpg},
 * {@code private/<uuid>}), never by users. Two implementations: a local folder and an S3-compatible store.
 */
public interface BlobStore {

    /** Keys this module makes; anything else is refused, so a key can never climb out of its folder. */
    Pattern KEY = Pattern.compile("(public|private)/[a-z0-9][a-z0-9-]{0,79}(\\.[a-z0-9]{1,5})?");

    /** Stores the content under the key, replacing what was there; readers never see a half-written blob. */
    void put(String key, byte[] content, String contentType);

    /** The content, or empty when there is none under the key. The caller closes the stream. */
    Optional<Blob> open(String key);

    boolean exists(String key);

    /** Removes the key; nothing happens when it is not there. */
    void delete(String key);

    /**
     * A short-lived address from which a browser can download the blob directly, as an attachment with
     * this file name and content type; empty when the store cannot hand out such addresses (the local folder).
     */
    Optional<URI> presignedDownload(String key, String fileName, String contentType, Duration validFor);

    /** A stored blob's content and length. */
    record Blob(InputStream content, long size) implements AutoCloseable {

        public byte[] readAllBytes() {
            try (content) {
                return content.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    static String checkedKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return key;
    }
}
