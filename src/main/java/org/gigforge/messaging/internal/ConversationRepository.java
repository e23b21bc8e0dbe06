package org.gigforge.messaging.internal;

import java.util.List;
import java.util.Optional;
import org.gigforge.messaging.ConversationKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConversationRepository extends JpaRepository<ConversationEntity, Long> {

    /** Creates the conversation unless it exists; two people opening it at once get the same one. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into msg_conversation (kind, subject_id, title, client_id, freelancer_id, created_at)
            values (:kind, :subject, :title, :client, :freelancer, :at)
            on conflict (kind, subject_id, client_id, freelancer_id) do nothing""")
    int insertIfAbsent(@Param("kind") String kind, @Param("subject") long subject, @Param("title") String title,
            @Param("client") long client, @Param("freelancer") long freelancer, @Param("at") java.time.Instant at);

    @Query("""
            select count(m) > 0 from MessageEntity m, ConversationEntity c
            where m.id = :message and c.id = m.conversationId and (c.clientId = :user or c.freelancerId = :user)""")
    boolean isParticipantOfMessage(@Param("message") long message, @Param("user") long user);

    Optional<ConversationEntity> findByKindAndSubjectIdAndClientIdAndFreelancerId(ConversationKind kind, long subjectId,
            long clientId, long freelancerId);

    /** A member's conversations, the most recently active first (new ones without messages by creation). */
    @Query("""
            select c from ConversationEntity c
            where c.clientId = :user or c.freelancerId = :user
            order by coalesce(c.lastMessageAt, c.createdAt) desc, c.id desc""")
    List<ConversationEntity> findByParticipant(@Param("user") long user, Pageable page);
}
