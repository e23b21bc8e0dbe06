package org.gigforge.contract.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<OfferEntity, Long> {

    List<OfferEntity> findByFreelancerIdOrderBySentAtDesc(long freelancerId);

    List<OfferEntity> findByJobIdOrderBySentAtDesc(long jobId);
}
