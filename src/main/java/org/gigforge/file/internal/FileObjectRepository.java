package org.gigforge.file.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FileObjectRepository extends JpaRepository<FileObject, UUID> {

    List<FileObject> findByOwnerTypeAndOwnerIdOrderByAttachedAtAscIdAsc(String ownerType, String ownerId);

    /** Files nobody uses: detached ones, and uploads left unattached since before the cut-off. */
    @Query("""
            select f from FileObject f
            where f.ownerType is null and (f.detachedAt is not null or f.createdAt < :uploadedBefore)
            order by f.createdAt""")
    List<FileObject> findUnused(Instant uploadedBefore, Limit limit);

    /** Whether another file still needs a blob (public images with the same content share one). */
    @Query("select count(f) > 0 from FileObject f where f.storageKey = :key or f.thumbnailKey = :key")
    boolean isBlobUsed(String key);
}
