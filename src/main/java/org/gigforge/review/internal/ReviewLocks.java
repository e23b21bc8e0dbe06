package org.gigforge.review.internal;

import org.gigforge.contract.ContractId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Serialises review submissions per contract, on every node, until the transaction ends. */
@Component
public class ReviewLocks {

    private final JdbcClient jdbc;

    ReviewLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Without it, two parties submitting at the same moment would each miss the other's uncommitted
     * review and both stay sealed until the window closes. The second caller waits, then sees the first.
     */
    public void lockContract(ContractId contract) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("review:contract-" + contract.value())
                .query(rs -> {});
    }
}
