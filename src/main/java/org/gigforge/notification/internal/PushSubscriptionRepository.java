package org.gigforge.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PushSubscriptionRepository extends JpaRepository<PushSubscriptionEntity, Long> {

    Optional<PushSubscriptionEntity> findByEndpoint(String endpoint);

    List<PushSubscriptionEntity> findByMemberId(long memberId);

    long countByMemberId(long memberId);

    boolean existsByMemberId(long memberId);

    long deleteByEndpoint(String endpoint);

    long deleteByEndpointAndMemberId(String endpoint, long memberId);
}
