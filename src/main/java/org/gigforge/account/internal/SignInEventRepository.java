package org.gigforge.account.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    List<SignInEvent> findByUserIdOrderByOccurredAtDesc(Long userId, Limit limit);

    @Modifying
    @Query("delete from SignInEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
