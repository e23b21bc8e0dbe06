package org.gigforge.profile.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortfolioRepository extends JpaRepository<PortfolioEntry, Long> {

    List<PortfolioEntry> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    long countByUserId(long userId);
}
