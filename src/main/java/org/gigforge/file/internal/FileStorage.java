package org.gigforge.file.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps rows and blobs in step. Public images with the same content share one blob, so a blob is deleted only
 * when no row uses it any more; a row and its blobs are written, and a blob checked and deleted, under a lock
 * on the blob's key, so a deletion never removes a blob that a concurrent upload of the same picture needs.
 */
@Component
public class FileStorage {

    private static final Logger log = LoggerFactory.getLogger(FileStorage.class);
    /** First half of the advisory-lock key: keeps these locks apart from any other advisory lock. */
    private static final int LOCK_NAMESPACE = 0x66696c65;

    /** A blob to store with a row. */
    public record Content(byte[] bytes, String contentType) {}

    private final FileObjectRepository files;
    private final BlobStore blobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    FileStorage(FileObjectRepository files, BlobStore blobs, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.files = files;
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Saves the row and writes its blobs; if a blob cannot be written the row is rolled back with it. */
    @Transactional
    public FileObject save(FileObject file, Map<String, Content> contents) {
        new TreeSet<>(contents.keySet()).forEach(this::lock);
        FileObject saved = files.saveAndFlush(file);
        contents.forEach((key, content) -> blobs.put(key, content.bytes(), content.contentType()));
        return saved;
    }

    /** Deletes the rows now and their blobs once the deletion is committed (and only blobs no other row uses). */
    @Transactional
    public void delete(Collection<FileObject> doomed) {
        if (doomed.isEmpty()) {
            return;
        }
        Set<String> keys = new TreeSet<>();
        for (FileObject file : doomed) {
            keys.add(file.storageKey());
            if (file.thumbnailKey() != null) {
                keys.add(file.thumbnailKey());
            }
        }
        files.deleteAllInBatch(List.copyOf(doomed));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteUnusedBlobs(keys);
                }
            });
        } else {
            deleteUnusedBlobs(keys);
        }
    }

    private void deleteUnusedBlobs(Set<String> keys) {
        Map<String, RuntimeException> failures = new LinkedHashMap<>();
        for (String key : keys) {
            try {
                separateTransaction.executeWithoutResult(status -> {
                    lock(key);
                    if (!files.isBlobUsed(key)) {
                        blobs.delete(key);
                    }
                });
            } catch (RuntimeException e) {
                failures.put(key, e);
            }
        }
        // The rows are gone either way; a blob left behind costs space, not correctness.
        failures.forEach((key, e) -> log.warn("Could not delete the blob {}: {}", key, e.toString()));
    }

    /** Holds a transaction-scoped lock on one blob key. */
    private void lock(String key) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, key.hashCode());
    }
}
