package org.gigforge.job.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobRevisionRepository extends JpaRepository<JobRevisionEntry, Long> {

    List<JobRevisionEntry> findByJobIdOrderByRevisionDesc(long jobId);
}
