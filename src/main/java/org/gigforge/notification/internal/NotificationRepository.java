package org.gigforge.notification.internal;

import java.time.Instant;
import java.util.List;
import org.gigforge.notification.NotificationType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    List<NotificationEntity> findByRecipientIdOrderByIdDesc(long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    boolean existsByRecipientIdAndTypeAndSubjectAndReadAtIsNull(long recipientId, NotificationType type, String subject);

    @Modifying
    @Query("update NotificationEntity n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipient, @Param("at") Instant at);
}
