package org.gigforge.messaging.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BlockRepository extends JpaRepository<BlockEntity, Long> {

    boolean existsByBlockerIdAndBlockedId(long blockerId, long blockedId);

    Optional<BlockEntity> findByBlockerIdAndBlockedId(long blockerId, long blockedId);

    /** Whether either of the two blocked the other. */
    @Query("""
            select count(b) > 0 from BlockEntity b
            where (b.blockerId = :a and b.blockedId = :b) or (b.blockerId = :b and b.blockedId = :a)""")
    boolean eitherBlocked(@Param("a") long a, @Param("b") long b);
}
