package org.gigforge.messaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "msg_block")
public class BlockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "blocker_id", nullable = false)
    private long blockerId;

    @Column(name = "blocked_id", nullable = false)
    private long blockedId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected BlockEntity() {}

    public BlockEntity(long blockerId, long blockedId, Instant createdAt) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = createdAt;
    }
}
