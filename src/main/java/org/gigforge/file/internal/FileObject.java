package org.gigforge.file.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gigforge.account.UserId;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.jspecify.annotations.Nullable;

/** One uploaded file's metadata; its content lives in the blob store under {@code storageKey}. */
@Entity
@Table(name = "file_object")
public class FileObject {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileKind kind;

    @Column(name = "uploader_id", nullable = false)
    private long uploaderId;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    private @Nullable Integer width;

    private @Nullable Integer height;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "thumbnail_key")
    private @Nullable String thumbnailKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "owner_type")
    private @Nullable String ownerType;

    @Column(name = "owner_id")
    private @Nullable String ownerId;

    @Column(name = "attached_at")
    private @Nullable Instant attachedAt;

    @Column(name = "detached_at")
    private @Nullable Instant detachedAt;

    protected FileObject() {
        this.id = new UUID(0, 0);
        this.kind = FileKind.DOCUMENT;
        this.originalName = "";
        this.contentType = "";
        this.sha256 = "";
        this.storageKey = "";
        this.createdAt = Instant.EPOCH;
    }

    public FileObject(UUID id, FileKind kind, UserId uploader, String originalName, String contentType, long size,
            String sha256, @Nullable Integer width, @Nullable Integer height, String storageKey,
            @Nullable String thumbnailKey, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.uploaderId = uploader.value();
        this.originalName = originalName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnailKey;
        this.createdAt = createdAt;
    }

    public void attachTo(FileOwner owner, Instant at) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.attachedAt = at;
        this.detachedAt = null;
    }

    /** No longer used by its owner; the clean-up job deletes it. */
    public void detach(Instant at) {
        this.ownerType = null;
        this.ownerId = null;
        this.attachedAt = null;
        this.detachedAt = at;
    }

    public FileId id() {
        return new FileId(id);
    }

    public FileKind kind() {
        return kind;
    }

    public UserId uploader() {
        return new UserId(uploaderId);
    }

    public String originalName() {
        return originalName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public @Nullable Integer width() {
        return width;
    }

    public @Nullable Integer height() {
        return height;
    }

    public String storageKey() {
        return storageKey;
    }

    public @Nullable String thumbnailKey() {
        return thumbnailKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable FileOwner owner() {
        return ownerType == null || ownerId == null ? null : new FileOwner(ownerType, ownerId);
    }
}
