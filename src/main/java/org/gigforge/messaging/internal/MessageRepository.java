package org.gigforge.messaging.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MessageRepository extends JpaRepository<MessageEntity, Long> {

    /** The newest messages older than {@code before} (keyset paging), newest first. */
    @Query("""
            select m from MessageEntity m where m.conversationId = :conversation and m.id < :before
            order by m.id desc""")
    List<MessageEntity> findOlder(@Param("conversation") long conversation, @Param("before") long before, Pageable page);

    /** Messages newer than {@code after}, oldest first: what a view missed since its last one. */
    @Query("""
            select m from MessageEntity m where m.conversationId = :conversation and m.id > :after
            order by m.id asc""")
    List<MessageEntity> findNewer(@Param("conversation") long conversation, @Param("after") long after, Pageable page);

    @Query("""
            select m from MessageEntity m where m.conversationId = :conversation
              and lower(m.body) like :pattern escape '\\'
            order by m.id desc""")
    List<MessageEntity> search(@Param("conversation") long conversation, @Param("pattern") String pattern, Pageable page);

    long countBySenderIdAndSentAtAfter(long senderId, Instant after);

    long countByConversationIdAndIdGreaterThanAndSenderIdNot(long conversationId, long id, long senderId);

    @Query("select max(m.id) from MessageEntity m where m.conversationId = :conversation")
    Long newestId(@Param("conversation") long conversation);
}
