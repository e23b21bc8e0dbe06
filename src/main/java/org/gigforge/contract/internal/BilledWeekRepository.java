package org.gigforge.contract.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gigforge.contract.BilledWeekState;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BilledWeekRepository extends JpaRepository<BilledWeekEntity, Long> {

    @Query("select w from BilledWeekEntity w where w.contractId = :contract order by w.weekStart desc")
    List<BilledWeekEntity> findByContract(long contract);

    boolean existsByContractIdAndWeekStart(long contractId, LocalDate weekStart);

    /** One billed week, locked for the rest of the transaction: a dispute and the release queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from BilledWeekEntity w where w.id = :id")
    Optional<BilledWeekEntity> findForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from BilledWeekEntity w where w.contractId = :contract and w.weekStart = :weekStart")
    Optional<BilledWeekEntity> findForUpdate(long contract, LocalDate weekStart);

    @Query("select w.id from BilledWeekEntity w where w.state = :state and w.reviewEndsAt <= :now order by w.reviewEndsAt")
    List<Long> findReviewEndedBy(BilledWeekState state, Instant now);
}
