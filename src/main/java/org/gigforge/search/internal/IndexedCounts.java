package org.gigforge.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/** How many rows the indexed entities have in the database, and how many documents the indexes hold. */
@Component
class IndexedCounts {

    private final EntityManagerFactory entityManagerFactory;

    IndexedCounts(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    long databaseRows() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            long rows = 0;
            for (var type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                rows += em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class).getSingleResult();
            }
            return rows;
        }
    }

    long indexedDocuments() {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
