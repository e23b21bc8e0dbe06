package org.gigforge.dispute.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gigforge.contract.WorkRef;
import org.gigforge.dispute.DisputeState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DisputeRepository extends JpaRepository<DisputeEntity, Long>, JpaSpecificationExecutor<DisputeEntity> {

    /** One dispute, locked for the rest of the transaction: two decisions (a double click) queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DisputeEntity d where d.id = :id")
    Optional<DisputeEntity> findForUpdate(long id);

    List<DisputeEntity> findByContractIdOrderByOpenedAtDescIdDesc(long contractId);

    List<DisputeEntity> findByWorkKindAndWorkIdOrderByOpenedAtDescIdDesc(WorkRef.Kind workKind, long workId);

    @Query("select d.id from DisputeEntity d where d.state = :state and d.deadline <= :now order by d.deadline")
    List<Long> findDueBy(DisputeState state, Instant now);

    @Query("""
            select d.id from DisputeEntity d where d.state = org.gigforge.dispute.DisputeState.AWAITING_DECISION
            and d.escalatedAt is null and d.deadline <= :now order by d.deadline""")
    List<Long> findUndecidedBy(Instant now);
}
