package org.gigforge.profile.internal;

import jakarta.persistence.EntityManager;
import org.gigforge.account.UserId;
import org.gigforge.profile.ReputationChanged;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reindexes freelancer profiles whose reputation changed: it is read from the reviews' table when a profile is
 * loaded (see {@link FreelancerProfile}), which Hibernate Search cannot see change by itself.
 */
@Component
class ProfileIndexing {

    private final EntityManager entityManager;

    ProfileIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** After the reviews' commit (so they are read with it), in a transaction whose commit sends the documents. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReputationChanged change) {
        var ids = change.members().stream().map(UserId::value).toList();
        if (ids.isEmpty()) {
            return;
        }
        var plan = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select p from FreelancerProfile p where p.userId in :ids", FreelancerProfile.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }
}
