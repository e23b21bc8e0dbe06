package org.gigforge.proposal.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    @Query("select p from Proposal p where (:state is null or p.state = :state) and (:generic = false or p.generic = true)")
    List<Proposal> findForAdmin(org.gigforge.proposal.ProposalState state, boolean generic, Pageable page);

    @Query("select count(p) from Proposal p where (:state is null or p.state = :state) and (:generic = false or p.generic = true)")
    long countForAdmin(org.gigforge.proposal.ProposalState state, boolean generic);

    boolean existsByJobIdAndFreelancerId(long jobId, long freelancerId);

    List<Proposal> findByJobIdAndFreelancerIdIn(long jobId, Collection<Long> freelancerIds);

    long countByFreelancerIdAndSubmittedAtAfter(long freelancerId, Instant after);

    @Query("select p from Proposal p where p.freelancerId = :freelancerId order by p.submittedAt desc, p.id desc")
    List<Proposal> findByFreelancer(long freelancerId, Pageable page);

    long countByFreelancerId(long freelancerId);

    /** The freelancer's latest letters, to spot one sent to many jobs. */
    @Query("select p.coverLetter from Proposal p where p.freelancerId = :freelancerId order by p.submittedAt desc")
    List<String> recentLetters(long freelancerId, Pageable page);

    /** A job's proposals that were not withdrawn, optionally in one state; the order comes with the page. */
    @Query("select p from Proposal p where p.jobId = :jobId and p.state <> org.gigforge.proposal.ProposalState.WITHDRAWN "
            + "and (:state is null or p.state = :state)")
    List<Proposal> findActiveByJob(long jobId, org.gigforge.proposal.ProposalState state, Pageable page);

    @Query("select count(p) from Proposal p where p.jobId = :jobId and p.state <> org.gigforge.proposal.ProposalState.WITHDRAWN "
            + "and (:state is null or p.state = :state)")
    long countActiveByJob(long jobId, org.gigforge.proposal.ProposalState state);

    /** Whether the member is the proposal's freelancer or the client of its job. */
    @Query(value = "select exists (select 1 from proposal p join job j on j.id = p.job_id "
            + "where p.id = :id and (p.freelancer_id = :memberId or j.client_id = :memberId))", nativeQuery = true)
    boolean isSharedWith(long id, long memberId);

    @Query("select p.jobId, count(p) from Proposal p where p.jobId in :jobIds "
            + "and p.state <> org.gigforge.proposal.ProposalState.WITHDRAWN group by p.jobId")
    List<Object[]> countActiveByJobs(Collection<Long> jobIds);
}
