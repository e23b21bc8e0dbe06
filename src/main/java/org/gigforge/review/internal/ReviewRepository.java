package org.gigforge.review.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

    List<ReviewEntity> findByContractIdOrderBySubmittedAtAscIdAsc(long contractId);

    boolean existsByContractIdAndAuthorId(long contractId, long authorId);

    Page<ReviewEntity> findBySubjectIdAndPublishedAtIsNotNullOrderByPublishedAtDescIdDesc(long subjectId, Pageable page);

    @Query("""
            select new org.gigforge.review.internal.ReviewStats(count(r), coalesce(avg(r.overall), 0.0),
                coalesce(avg(r.communication), 0.0), coalesce(avg(r.quality), 0.0), coalesce(avg(r.timeliness), 0.0))
            from ReviewEntity r where r.subjectId = :subject and r.publishedAt is not null""")
    ReviewStats statsOf(@Param("subject") long subject);

    @Query("select distinct r.subjectId from ReviewEntity r where r.publishedAt is null and r.windowClosesAt <= :now")
    List<Long> subjectsOfWindowClosed(@Param("now") Instant now);

    @Modifying
    @Query("update ReviewEntity r set r.publishedAt = :now where r.publishedAt is null and r.windowClosesAt <= :now")
    int publishWindowClosed(@Param("now") Instant now);
}
