package org.gigforge.profile.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FreelancerProfileRepository extends JpaRepository<FreelancerProfile, Long> {

    /** Available freelancers first, then the most recently joined; a stable order for paging. */
    @Query("select p from FreelancerProfile p order by p.availableNow desc, p.createdAt desc, p.userId")
    List<FreelancerProfile> findForBrowsing(Pageable page);
}
