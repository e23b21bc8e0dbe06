package org.gigforge.messaging.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    List<ParticipantEntity> findByConversationId(long conversationId);

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into msg_participant (conversation_id, user_id) values (:conversation, :user)
            on conflict (conversation_id, user_id) do nothing""")
    int insertIfAbsent(@Param("conversation") long conversation, @Param("user") long user);

    Optional<ParticipantEntity> findByConversationIdAndUserId(long conversationId, long userId);

    /** Unread messages per conversation of one member: from the other participant, newer than their receipt. */
    @Query("""
            select p.conversationId, count(m.id) from ParticipantEntity p, MessageEntity m
            where p.userId = :user and m.conversationId = p.conversationId
              and m.id > p.lastReadMessageId and m.senderId <> p.userId
            group by p.conversationId""")
    List<Object[]> unreadByConversation(@Param("user") long user);

    @Query("""
            select count(m.id) from ParticipantEntity p, MessageEntity m
            where p.userId = :user and m.conversationId = p.conversationId
              and m.id > p.lastReadMessageId and m.senderId <> p.userId""")
    long unreadTotal(@Param("user") long user);
}
