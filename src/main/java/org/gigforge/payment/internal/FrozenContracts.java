package org.gigforge.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.payment.Chargeback;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contracts whose card payment the client disputed with their bank: their escrow moves no more until the freeze is
 * lifted. Callers hold the contract's escrow lock, so a freeze and a release or refund never interleave.
 */
@Component
public class FrozenContracts {

    private final JdbcClient jdbc;
    private final Clock clock;

    FrozenContracts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Freezes the contract's money; true when it was not frozen before (a lifted freeze is frozen again by a new
     * chargeback, a repeated one changes nothing).
     */
    public boolean freeze(String contractRef, String reason, @Nullable String disputeRef, @Nullable Money disputed) {
        return jdbc.sql("""
                        insert into payment_frozen_contract (contract_ref, reason, frozen_at, dispute_ref, amount_minor, currency)
                        values (:ref, :reason, :now, :dispute, :amount, :currency)
                        on conflict (contract_ref) do update set reason = excluded.reason, frozen_at = excluded.frozen_at,
                            dispute_ref = excluded.dispute_ref, amount_minor = excluded.amount_minor,
                            currency = excluded.currency, lifted_at = null, lifted_by = null, lift_note = null
                        where payment_frozen_contract.lifted_at is not null
                            and payment_frozen_contract.dispute_ref is distinct from excluded.dispute_ref""")
                .param("ref", contractRef)
                .param("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
                .param("now", OffsetDateTime.now(clock))
                .param("dispute", disputeRef)
                .param("amount", disputed == null ? null : disputed.minorUnits())
                .param("currency", disputed == null ? null : disputed.currency().getCurrencyCode())
                .update() == 1;
    }

    public boolean frozen(String contractRef) {
        return jdbc.sql("select count(*) from payment_frozen_contract where contract_ref = ? and lifted_at is null")
                .param(contractRef).query(Long.class).single() > 0;
    }

    /** Lifts the freeze; true when it was frozen. {@code by} is null when the bank's decision lifted it. */
    public boolean lift(String contractRef, @Nullable UserId by, String note) {
        return jdbc.sql("""
                        update payment_frozen_contract set lifted_at = ?, lifted_by = ?, lift_note = ?
                        where contract_ref = ? and lifted_at is null""")
                .params(OffsetDateTime.now(clock), by == null ? null : by.value(), note, contractRef).update() == 1;
    }

    /** The contract a provider's dispute froze, if any. */
    public java.util.Optional<String> contractOf(String disputeRef) {
        return jdbc.sql("select contract_ref from payment_frozen_contract where dispute_ref = ?").param(disputeRef)
                .query(String.class).optional();
    }

    /** Every chargeback, frozen ones first, then the most recent. */
    public List<Chargeback> all(int limit, int offset) {
        return jdbc.sql("""
                        select * from payment_frozen_contract order by (lifted_at is null) desc, frozen_at desc, contract_ref
                        limit ? offset ?""")
                .params(limit, offset).query(FrozenContracts::chargeback).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from payment_frozen_contract").query(Long.class).single();
    }

    public java.util.Optional<Chargeback> find(String contractRef) {
        return jdbc.sql("select * from payment_frozen_contract where contract_ref = ?").param(contractRef)
                .query(FrozenContracts::chargeback).optional();
    }

    private static Chargeback chargeback(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        long amount = rs.getLong("amount_minor");
        Money disputed = currency == null || rs.wasNull() ? null : new Money(amount, Currency.getInstance(currency.trim()));
        long liftedBy = rs.getLong("lifted_by");
        UserId by = rs.wasNull() ? null : new UserId(liftedBy);
        var lifted = rs.getObject("lifted_at", OffsetDateTime.class);
        return new Chargeback(rs.getString("contract_ref"), rs.getString("reason"), rs.getString("dispute_ref"), disputed,
                rs.getObject("frozen_at", OffsetDateTime.class).toInstant(), lifted == null ? null : lifted.toInstant(),
                by, rs.getString("lift_note"));
    }
}
