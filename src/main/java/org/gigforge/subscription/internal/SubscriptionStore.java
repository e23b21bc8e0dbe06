package org.gigforge.subscription.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.platform.Money;
import org.gigforge.subscription.SubscriptionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Subscriptions and their payments in the database; callers hold the transaction. */
@Component
public class SubscriptionStore {

    public static final String DEMO = "demo";
    public static final String STRIPE = "stripe";

    /** One subscription as stored. */
    public record Row(long id, UserId member, String planCode, String provider, String reference,
            SubscriptionStatus status, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant stateAt) {

        public boolean entitles(Instant now) {
            return status.entitles(now, currentPeriodEnd, cancelAtPeriodEnd);
        }

        public boolean demo() {
            return DEMO.equals(provider);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SubscriptionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Row> ofMember(UserId member) {
        return jdbc.sql("select * from subscription where user_id = ? order by created_at desc, id desc")
                .param(member.value()).query(SubscriptionStore::row).list();
    }

    public Optional<Row> byId(long id) {
        return jdbc.sql("select * from subscription where id = ?").param(id).query(SubscriptionStore::row).optional();
    }

    /** The row, locked until the transaction ends: concurrent events of one subscription queue here. */
    public Optional<Row> byReferenceForUpdate(String reference) {
        return jdbc.sql("select * from subscription where provider_ref = ? for update").param(reference)
                .query(SubscriptionStore::row).optional();
    }

    public long countOf(UserId member, String planCode) {
        return jdbc.sql("select count(*) from subscription where user_id = ? and plan_code = ?")
                .params(member.value(), planCode).query(Long.class).single();
    }

    /** Inserts a subscription; false when one with the reference exists already. */
    public boolean insert(UserId member, String planCode, String provider, String reference, SubscriptionStatus status,
            Instant periodEnd, boolean cancelAtPeriodEnd, Instant stateAt) {
        var now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                insert into subscription (user_id, plan_code, provider, provider_ref, status, current_period_end,
                    cancel_at_period_end, state_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (provider_ref) do nothing""")
                .params(member.value(), planCode, provider, reference, status.name(), utc(periodEnd), cancelAtPeriodEnd,
                        utc(stateAt), now, now)
                .update() == 1;
    }

    public void update(long id, String planCode, SubscriptionStatus status, Instant periodEnd, boolean cancelAtPeriodEnd,
            Instant stateAt) {
        jdbc.sql("""
                update subscription set plan_code = ?, status = ?, current_period_end = ?, cancel_at_period_end = ?,
                    state_at = ?, updated_at = ? where id = ?""")
                .params(planCode, status.name(), utc(periodEnd), cancelAtPeriodEnd, utc(stateAt), OffsetDateTime.now(clock), id)
                .update();
    }

    /** Demo subscriptions whose period is over: to renew or to end. */
    public List<Row> demoDue(Instant now) {
        return jdbc.sql("select * from subscription where provider = ? and status = 'ACTIVE' and current_period_end <= ?"
                        + " order by id for update skip locked")
                .params(DEMO, utc(now)).query(SubscriptionStore::row).list();
    }

    /** Records a payment once per reference; false when it was recorded before. */
    public boolean recordPayment(UserId member, String subscriptionRef, String reference, Money amount, boolean paid) {
        return jdbc.sql("""
                insert into subscription_payment (user_id, subscription_ref, reference, amount_minor, currency, paid,
                    created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing""")
                .params(member.value(), subscriptionRef, reference, amount.minorUnits(),
                        amount.currency().getCurrencyCode(), paid, OffsetDateTime.now(clock))
                .update() == 1;
    }

    /** A member's recorded payments, newest first. */
    public List<org.gigforge.subscription.SubscriptionPayment> paymentsOf(UserId member, int limit) {
        return jdbc.sql("""
                select p.*, s.plan_code from subscription_payment p
                left join subscription s on s.provider_ref = p.subscription_ref
                where p.user_id = ? order by p.created_at desc, p.id desc limit ?""")
                .params(member.value(), limit)
                .query((rs, n) -> new org.gigforge.subscription.SubscriptionPayment(rs.getString("plan_code"),
                        Money.of(rs.getLong("amount_minor"), rs.getString("currency")), rs.getBoolean("paid"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("reference")))
                .list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), new UserId(rs.getLong("user_id")), rs.getString("plan_code"),
                rs.getString("provider"), rs.getString("provider_ref"), SubscriptionStatus.valueOf(rs.getString("status")),
                rs.getObject("current_period_end", OffsetDateTime.class).toInstant(), rs.getBoolean("cancel_at_period_end"),
                rs.getObject("state_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
