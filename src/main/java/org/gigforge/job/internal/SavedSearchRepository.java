package org.gigforge.job.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SavedSearchRepository extends JpaRepository<SavedSearchEntity, Long> {

    List<SavedSearchEntity> findByFreelancerIdOrderByCreatedAtDescIdDesc(long freelancerId);

    long countByFreelancerId(long freelancerId);

    /** The next batch of saved searches after an id, for matching a new job against all of them. */
    @Query("select s from SavedSearchEntity s where s.id > :after order by s.id")
    List<SavedSearchEntity> findBatchAfter(@Param("after") long after, Pageable batch);

    /** Records an alert unless this search already alerted this job; returns whether it was new. */
    @Modifying
    @Query(value = """
            insert into saved_search_alert (saved_search_id, freelancer_id, job_id, created_at)
            values (:search, :freelancer, :job, :now)
            on conflict (saved_search_id, job_id) do nothing""", nativeQuery = true)
    int insertAlert(@Param("search") long search, @Param("freelancer") long freelancer, @Param("job") long job,
            @Param("now") Instant now);

    /** A freelancer's alerts, newest first: id, saved search id and name, job id and title, created, read. */
    @Query(value = """
            select a.id, s.id, s.name, j.id, j.title, a.created_at, a.read_at
            from saved_search_alert a join saved_search s on s.id = a.saved_search_id join job j on j.id = a.job_id
            where a.freelancer_id = :freelancer
            order by a.created_at desc, a.id desc""", nativeQuery = true)
    List<Object[]> alertsOf(@Param("freelancer") long freelancer, Pageable page);

    @Query(value = "select count(*) from saved_search_alert where freelancer_id = :freelancer and read_at is null",
            nativeQuery = true)
    long unreadAlerts(@Param("freelancer") long freelancer);

    @Query(value = """
            select saved_search_id, count(*) from saved_search_alert
            where freelancer_id = :freelancer and read_at is null group by saved_search_id""", nativeQuery = true)
    List<Object[]> unreadPerSearch(@Param("freelancer") long freelancer);

    @Modifying
    @Query(value = "update saved_search_alert set read_at = :now where freelancer_id = :freelancer and read_at is null",
            nativeQuery = true)
    int markAlertsRead(@Param("freelancer") long freelancer, @Param("now") Instant now);
}
