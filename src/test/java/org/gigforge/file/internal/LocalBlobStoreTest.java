package org.gigforge.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path folder;

    private LocalBlobStore store;

    @BeforeEach
    void open() {
        store = new LocalBlobStore(folder.resolve("files"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void creates_its_folder_only_when_the_first_blob_arrives() {
        assertThat(folder.resolve("files")).doesNotExist();
        store.exists(freshKey());
        assertThat(folder.resolve("files")).doesNotExist();
        store.put(freshKey(), new byte[] {1}, "text/plain");
        assertThat(folder.resolve("files")).isDirectory();
    }

    @Test
    void leaves_no_temporary_files_behind() throws Exception {
        String key = freshKey();
        store.put(key, new byte[] {1, 2}, "text/plain");
        try (var files = Files.list(folder.resolve("files/private"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key.substring("private/".length()));
        }
    }

    @Test
    void has_no_signed_addresses_so_the_app_streams_files_itself() {
        String key = freshKey();
        store.put(key, new byte[] {1}, "text/plain");
        assertThat(store.presignedDownload(key, "a.txt", "text/plain", Duration.ofMinutes(5))).isEmpty();
    }
}
