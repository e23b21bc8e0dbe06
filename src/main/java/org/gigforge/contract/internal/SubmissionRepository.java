package org.gigforge.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<SubmissionEntity, Long> {

    List<SubmissionEntity> findByContractIdOrderBySubmittedAtDescIdDesc(long contractId);
}
