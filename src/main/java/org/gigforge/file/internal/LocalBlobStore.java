package org.gigforge.file.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/** Blobs as files in one folder: the embedded default, for a single node. */
public class LocalBlobStore implements BlobStore {

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path target = path(key);
        try {
            // Created on first use: a node that never stores a file leaves no folder behind.
            Files.createDirectories(target.getParent());
            // Write beside the target, then rename: a reader sees the old blob or the whole new one.
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + key, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<Blob> open(String key) {
        Path file = path(key);
        try {
            long size = Files.size(file);
            return Optional.of(new Blob(Files.newInputStream(file), size));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + key, e);
        }
    }

    /** Local files have no address of their own: the app streams them after its checks. */
    @Override
    public Optional<URI> presignedDownload(String key, String fileName, String contentType, Duration validFor) {
        return Optional.empty();
    }

    private Path path(String key) {
        Path file = root.resolve(BlobStore.checkedKey(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return file;
    }

    @Override
    public String toString() {
        return "local folder " + root;
    }
}
