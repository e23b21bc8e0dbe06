package org.gigforge.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.gigforge.notification.NotificationType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    List<NotificationEntity> findByRecipientIdOrderByIdDesc(long recipientId, Pageable page);

    List<NotificationEntity> findByRecipientIdAndTypeNotInOrderByIdDesc(long recipientId, Collection<NotificationType> types,
            Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    long countByRecipientIdAndTypeNotInAndReadAtIsNull(long recipientId, Collection<NotificationType> types);

    @Query("""
            select n from NotificationEntity n where n.type = :type and n.readAt is null
            and n.createdAt > :after and n.createdAt <= :before order by n.recipientId, n.id""")
    List<NotificationEntity> findUnreadBetween(@Param("type") NotificationType type, @Param("after") Instant after,
            @Param("before") Instant before, Pageable page);

    boolean existsByRecipientIdAndTypeAndSubjectAndReadAtIsNull(long recipientId, NotificationType type, String subject);

    @Modifying
    @Query("update NotificationEntity n set n.readAt = :at where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") long recipient, @Param("at") Instant at);
}
