package org.gigforge.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<ContractEntity, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<ContractEntity> {

    @Query("select c from ContractEntity c where c.clientId = :user or c.freelancerId = :user order by c.startedAt desc")
    List<ContractEntity> findByParty(long user);

    Optional<ContractEntity> findByOfferId(long offerId);
}
