package org.gigforge.mail.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long>, JpaSpecificationExecutor<MailMessage> {

    /** Locked while it is sent, so a retry and the sweeper never send one mail twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MailMessage m where m.id = :id")
    Optional<MailMessage> lockById(@Param("id") long id);

    @Query("""
            select m.id from MailMessage m where m.status in (org.gigforge.mail.MailStatus.QUEUED, org.gigforge.mail.MailStatus.FAILED)
            and m.createdAt <= :before and m.attempts < :maxAttempts order by m.id""")
    List<Long> pendingBefore(@Param("before") Instant before, @Param("maxAttempts") int maxAttempts, Pageable page);
}
