package org.gigforge.payment.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.EscrowRef;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.platform.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fundings the client pays on the provider's page: what each is for, kept under the command's idempotency key
 * until the provider confirms (then the ledger posts it under the same key) or reports a failure.
 */
@Component
public class PendingCharges {

    public enum State { PENDING, CONFIRMED, FAILED }

    public record PendingCharge(IdempotencyKey key, EscrowRef contract, Money price, String memo, State state) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingCharges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Remembers a funding the client is about to pay; a failed earlier attempt under the key is started anew. */
    public void start(IdempotencyKey key, EscrowRef contract, Money price, String memo, String sessionId) {
        var now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into payment_pending_charge (idempotency_key, contract_ref, client_id, freelancer_id, price_minor,
                    currency, memo, session_id, state, created_at, updated_at)
                values (:key, :contract, :client, :freelancer, :price, :currency, :memo, :session, 'PENDING', :now, :now)
                on conflict (idempotency_key) do update set session_id = excluded.session_id, state = 'PENDING',
                    attempt = payment_pending_charge.attempt
                        + case when payment_pending_charge.state = 'FAILED' then 1 else 0 end,
                    price_minor = excluded.price_minor, memo = excluded.memo, updated_at = excluded.updated_at
                where payment_pending_charge.state <> 'CONFIRMED'""")
                .param("key", key.value()).param("contract", contract.contractRef())
                .param("client", contract.client().value()).param("freelancer", contract.freelancer().value())
                .param("price", price.minorUnits()).param("currency", price.currency().getCurrencyCode())
                .param("memo", memo).param("session", sessionId).param("now", now)
                .update();
    }

    /** The pending funding, its row locked until the transaction ends. */
    public Optional<PendingCharge> lock(IdempotencyKey key) {
        return jdbc.sql("select * from payment_pending_charge where idempotency_key = ? for update")
                .param(key.value())
                .query((rs, row) -> new PendingCharge(IdempotencyKey.of(rs.getString("idempotency_key")),
                        new EscrowRef(rs.getString("contract_ref"), new UserId(rs.getLong("client_id")),
                                new UserId(rs.getLong("freelancer_id"))),
                        new Money(rs.getLong("price_minor"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("memo"), State.valueOf(rs.getString("state"))))
                .optional();
    }

    /**
     * Which try of the funding the next start is: the same while one is pending (a double click gets the same
     * payment page), one more after a failure.
     */
    public int nextAttempt(IdempotencyKey key) {
        return jdbc.sql("select attempt, state from payment_pending_charge where idempotency_key = ?").param(key.value())
                .query((rs, row) -> rs.getInt("attempt") + (State.valueOf(rs.getString("state")) == State.FAILED ? 1 : 0))
                .optional().orElse(0);
    }

    public Optional<State> state(IdempotencyKey key) {
        return jdbc.sql("select state from payment_pending_charge where idempotency_key = ?").param(key.value())
                .query(String.class).optional().map(State::valueOf);
    }

    public void mark(IdempotencyKey key, State state) {
        jdbc.sql("update payment_pending_charge set state = ?, updated_at = ? where idempotency_key = ?")
                .params(state.name(), OffsetDateTime.now(clock), key.value()).update();
    }
}
