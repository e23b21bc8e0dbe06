package org.gigforge.contract.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<ContractEntity, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<ContractEntity> {

    @Query("select c from ContractEntity c where c.clientId = :user or c.freelancerId = :user order by c.startedAt desc")
    List<ContractEntity> findByParty(long user);

    Optional<ContractEntity> findByOfferId(long offerId);

    /**
     * One contract, locked for the rest of the transaction. Hourly time is logged and billed under this lock,
     * so an entry cannot slip into a week while it is being billed, nor two entries past the weekly cap.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ContractEntity c where c.id = :id")
    Optional<ContractEntity> findForUpdate(long id);
}
