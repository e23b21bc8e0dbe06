package org.gigforge.messaging.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<ReportEntity, Long> {

    @Query("""
            select r from ReportEntity r where (:open = false or r.resolvedAt is null)
            order by r.createdAt desc, r.id desc""")
    List<ReportEntity> findForModeration(@Param("open") boolean onlyOpen, Pageable page);

    @Query("select count(r) from ReportEntity r where (:open = false or r.resolvedAt is null)")
    long countForModeration(@Param("open") boolean onlyOpen);
}
