package org.gigforge.search.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReindexRunRepository extends JpaRepository<ReindexRun, Long> {

    Optional<ReindexRun> findFirstByOrderByIdDesc();

    @Query("select r from ReindexRun r where r.finishedAt is not null and r.failure is null order by r.id desc limit 1")
    Optional<ReindexRun> findLatestSucceeded();
}
