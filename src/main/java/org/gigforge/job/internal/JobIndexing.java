package org.gigforge.job.internal;

import jakarta.persistence.EntityManager;
import org.gigforge.job.HireMade;
import org.gigforge.payment.ClientCharged;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reindexes jobs whose indexed facts changed without a change to their own row, which Hibernate Search cannot
 * see by itself (see the computed client facts on {@link Job}).
 */
@Component
class JobIndexing {

    private final EntityManager entityManager;

    JobIndexing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A hire changes "client has hires" on all of the client's jobs. After the hire's commit (so the jobs are
     * read with it), in a transaction of its own whose commit sends them to the index.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(HireMade hire) {
        var client = entityManager.createQuery("select j.clientId from Job j where j.id = :id", Long.class)
                .setParameter("id", hire.job().value())
                .getResultStream().findFirst();
        client.ifPresent(this::reindexJobsOf);
    }

    /** The client's first charge makes them "payment verified", a fact every one of their jobs is indexed with. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ClientCharged charged) {
        reindexJobsOf(charged.client().value());
    }

    private void reindexJobsOf(long client) {
        var plan = Search.session(entityManager).indexingPlan();
        entityManager.createQuery("select j from Job j where j.clientId = :client", Job.class)
                .setParameter("client", client)
                .getResultList()
                .forEach(plan::addOrUpdate);
    }
}
