package org.gigforge.job.internal;

import java.util.List;
import org.gigforge.job.JobState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, Long>, JpaSpecificationExecutor<Job> {

    /** Jobs anyone may find: in the state asked for, and public (invite-only jobs are never listed). */
    @Query("select j from Job j where j.state = :state and j.visibility = org.gigforge.job.JobVisibility.PUBLIC "
            + "and (:category is null or j.categoryCode = :category) order by j.publishedAt desc, j.id desc")
    List<Job> findByState(JobState state, String category, Pageable page);

    @Query("select count(j) from Job j where j.state = :state and j.visibility = org.gigforge.job.JobVisibility.PUBLIC "
            + "and (:category is null or j.categoryCode = :category)")
    long countByState(JobState state, String category);

    @Query("select count(j) from Job j where j.clientId = :clientId and j.state = org.gigforge.job.JobState.OPEN")
    long countOpenByClient(long clientId);

    @Query("select j from Job j where j.clientId = :clientId order by j.createdAt desc, j.id desc")
    List<Job> findByClient(long clientId, Pageable page);

    long countByClientId(long clientId);

    @Query("select count(j) from Job j where j.clientId = :clientId and j.state <> org.gigforge.job.JobState.DRAFT")
    long countPublishedByClient(long clientId);

    @Query("select coalesce(sum(j.hires), 0) from Job j where j.clientId = :clientId")
    long countHiresByClient(long clientId);
}
