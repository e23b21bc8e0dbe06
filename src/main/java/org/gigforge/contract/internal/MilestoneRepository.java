package org.gigforge.contract.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gigforge.contract.MilestoneState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MilestoneRepository extends JpaRepository<MilestoneEntity, Long> {

    List<MilestoneEntity> findByContractIdOrderByPosition(long contractId);

    /** One milestone, locked for the rest of the transaction: two approvals (or an approval and the auto-release) queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MilestoneEntity m where m.id = :id")
    Optional<MilestoneEntity> findForUpdate(long id);

    /** Submitted before the instant and not frozen by a dispute. */
    @Query("select m.id from MilestoneEntity m where m.state = :state and m.submittedAt < :before and m.disputedAt is null")
    List<Long> findSubmittedBefore(MilestoneState state, Instant before);
}
