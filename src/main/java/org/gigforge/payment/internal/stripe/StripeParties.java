package org.gigforge.payment.internal.stripe;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.PayoutStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Our members' Stripe objects: a client's customer and saved card, a freelancer's connected account and status. */
@Component
@Conditional(StripeEnabled.class)
class StripeParties {

    record Party(UserId user, @Nullable String customerId, @Nullable String paymentMethodId, @Nullable String accountId,
            PayoutStatus payoutStatus) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    StripeParties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Party> find(UserId user) {
        return jdbc.sql("select * from payment_stripe_party where user_id = ?").param(user.value())
                .query((rs, row) -> new Party(user, rs.getString("customer_id"), rs.getString("payment_method_id"),
                        rs.getString("account_id"), PayoutStatus.valueOf(rs.getString("payouts_status"))))
                .optional();
    }

    Optional<UserId> ownerOfAccount(String accountId) {
        return jdbc.sql("select user_id from payment_stripe_party where account_id = ?").param(accountId)
                .query(Long.class).optional().map(UserId::new);
    }

    Optional<UserId> ownerOfCustomer(String customerId) {
        return jdbc.sql("select user_id from payment_stripe_party where customer_id = ?").param(customerId)
                .query(Long.class).optional().map(UserId::new);
    }

    void customer(UserId user, String customerId) {
        upsert(user, "customer_id", customerId);
    }

    void paymentMethod(UserId user, String paymentMethodId) {
        upsert(user, "payment_method_id", paymentMethodId);
    }

    void account(UserId user, String accountId) {
        upsert(user, "account_id", accountId);
    }

    /** Records the payout status; true when it changed. */
    boolean payoutStatus(UserId user, PayoutStatus status) {
        return jdbc.sql("update payment_stripe_party set payouts_status = ?, updated_at = ? where user_id = ?"
                        + " and payouts_status <> ?")
                .params(status.name(), OffsetDateTime.now(clock), user.value(), status.name()).update() == 1;
    }

    private void upsert(UserId user, String column, String value) {
        // The column name is one of this class's constants, never input.
        jdbc.sql("insert into payment_stripe_party (user_id, " + column + ", updated_at) values (?, ?, ?)"
                        + " on conflict (user_id) do update set " + column + " = excluded." + column
                        + ", updated_at = excluded.updated_at")
                .params(user.value(), value, OffsetDateTime.now(clock)).update();
    }
}
