package org.gigforge.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractEventRepository extends JpaRepository<ContractEventEntity, Long> {

    List<ContractEventEntity> findByContractIdOrderByAtAscIdAsc(long contractId);
}
