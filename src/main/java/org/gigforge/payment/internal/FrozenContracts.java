package org.gigforge.payment.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contracts whose card payment the client disputed with their bank: their escrow moves no more meanwhile. */
@Component
public class FrozenContracts {

    private final JdbcClient jdbc;
    private final Clock clock;

    FrozenContracts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Freezes the contract's money; true when it was not frozen before. */
    public boolean freeze(String contractRef, String reason) {
        return jdbc.sql("insert into payment_frozen_contract (contract_ref, reason, frozen_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(contractRef, reason.length() > 200 ? reason.substring(0, 200) : reason, OffsetDateTime.now(clock))
                .update() == 1;
    }

    public boolean frozen(String contractRef) {
        return jdbc.sql("select count(*) from payment_frozen_contract where contract_ref = ?").param(contractRef)
                .query(Long.class).single() > 0;
    }
}
