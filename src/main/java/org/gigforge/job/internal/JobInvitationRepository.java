package org.gigforge.job.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobInvitationRepository extends JpaRepository<JobInvitation, Long> {

    boolean existsByJobIdAndFreelancerId(long jobId, long freelancerId);

    List<JobInvitation> findByFreelancerIdOrderByInvitedAtDesc(long freelancerId, Pageable page);

    List<JobInvitation> findByJobIdOrderByInvitedAtDesc(long jobId);
}
