package org.gigforge.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.Payable;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentProvider;
import org.gigforge.payment.Payout;
import org.gigforge.payment.PayoutBalance;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.payment.PayoutOutcome;
import org.gigforge.payment.PayoutSchedule;
import org.gigforge.payment.PayoutState;
import org.gigforge.payment.internal.Ledger.Leg;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.jobrunr.jobs.annotations.Job;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying freelancers' balances out to their banks, below the security checks of {@code PayoutService}: each
 * payout is one command under an idempotency key (per freelancer, currency and week for the weekly schedule; per
 * state of the balance for a request), runs with the freelancer's balance row locked, asks the provider first and
 * posts a PAYOUT (balance → provider clearing) only once the provider accepted it. A refusal or an unreachable
 * provider changes nothing. A payout the provider later reports as failed is reversed once: the money is in the
 * balance again for the next payout. See docs/decisions/0028-payout-schedules.md.
 */
@Component
public class Payouts {

    private static final Logger log = LoggerFactory.getLogger(Payouts.class);

    /** A freelancer's balance in one currency that the weekly run should look at. */
    public record Due(long freelancerId, String currency) {}

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final PaymentProvider provider;
    private final PayoutProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Payouts(JdbcClient jdbc, Ledger ledger, PaymentProvider provider, PayoutProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.provider = provider;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PayoutSchedule schedule(UserId freelancer) {
        return jdbc.sql("select schedule from payment_payout_schedule where freelancer_id = ?").param(freelancer.value())
                .query(String.class).optional().map(PayoutSchedule::valueOf).orElse(PayoutSchedule.WEEKLY);
    }

    @Transactional
    public void schedule(UserId freelancer, PayoutSchedule schedule) {
        jdbc.sql("""
                insert into payment_payout_schedule (freelancer_id, schedule, updated_at) values (?, ?, ?)
                on conflict (freelancer_id) do update set schedule = excluded.schedule, updated_at = excluded.updated_at""")
                .params(freelancer.value(), schedule.name(), OffsetDateTime.now(clock)).update();
    }

    /** The least a payout on request may be, in the currency's minor units. */
    public Money minimum(Currency currency) {
        return new Money(properties.minimumMinorUnits(), currency);
    }

    /** Per currency the freelancer has a balance in: available, payable now, and the minimum of a request. */
    @Transactional(readOnly = true)
    public List<PayoutBalance> balances(UserId freelancer) {
        return jdbc.sql("""
                select a.currency, coalesce(sum(e.amount_minor), 0) from ledger_account a
                left join ledger_entry e on e.account_id = a.id
                where a.kind = 'FREELANCER_BALANCE' and a.user_id = ? group by a.currency order by a.currency""")
                .param(freelancer.value())
                .query((rs, row) -> new Money(rs.getLong(2), Currency.getInstance(rs.getString(1))))
                .list().stream().filter(Money::isPositive)
                .map(available -> {
                    Payable payable = provider.payable(freelancer, available);
                    Money now = payable.now().compareTo(available) > 0 ? available : payable.now();
                    return new PayoutBalance(available, now, now.equals(available) ? null : payable.waitingReason(),
                            minimum(available.currency()));
                })
                .toList();
    }

    /**
     * The freelancer asks to be paid out now (the "on request" schedule): everything payable in the currency, if
     * that reaches the minimum. The key is the balance's state, so a double click or a retried request names the
     * same command and gets the first payout back; once the balance has changed, a new request is a new command.
     *
     * @throws UserFacingException when the freelancer is on the weekly schedule, when the payable amount is below
     *         the minimum, or when it waits for something (onboarding); the provider's refusals as they come
     */
    @Transactional
    public Payout request(UserId freelancer, Currency currency) {
        if (schedule(freelancer) != PayoutSchedule.ON_REQUEST) {
            throw new UserFacingException("payouts.request.weekly");
        }
        long version = ledger.lastEntryId(ledger.freelancerBalance(freelancer, currency));
        var key = IdempotencyKey.of("payout:request:" + freelancer.value() + ":" + currency.getCurrencyCode() + ":" + version);
        return payOut(freelancer, currency, key, minimum(currency), "Payout on request", freelancer, true)
                .orElseThrow();
    }

    /**
     * One freelancer's weekly payout of one currency, for the ISO week given ({@code 2026-W48}): everything payable,
     * once per week, whoever runs it how often. Does nothing when they have switched to "on request" since. A
     * background job: an unreachable provider throws, and JobRunr retries with back-off.
     */
    @Job(name = "Pay out a freelancer's balance for the week")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Payout> payOutWeekly(long freelancerId, String currency, String week) {
        var freelancer = new UserId(freelancerId);
        if (schedule(freelancer) != PayoutSchedule.WEEKLY) {
            return Optional.empty();
        }
        var key = IdempotencyKey.of("payout:weekly:" + freelancerId + ":" + currency + ":" + week);
        return payOut(freelancer, Currency.getInstance(currency), key, new Money(1, Currency.getInstance(currency)),
                "Weekly payout " + week, null, false);
    }

    /** The balances on the weekly schedule with money in them. */
    @Transactional(readOnly = true)
    public List<Due> dueWeekly() {
        return jdbc.sql("""
                select a.user_id, a.currency from ledger_account a join ledger_entry e on e.account_id = a.id
                left join payment_payout_schedule s on s.freelancer_id = a.user_id
                where a.kind = 'FREELANCER_BALANCE' and coalesce(s.schedule, 'WEEKLY') = 'WEEKLY'
                group by a.user_id, a.currency having sum(e.amount_minor) > 0 order by a.user_id, a.currency""")
                .query((rs, row) -> new Due(rs.getLong(1), rs.getString(2))).list();
    }

    /** The ISO week the clock is in, e.g. {@code 2026-W48}: the weekly payout's part of its key. */
    public String currentWeek() {
        var today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return "%d-W%02d".formatted(today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Optional<Payout> payOut(UserId freelancer, Currency currency, IdempotencyKey key, Money minimum, String memo,
            @Nullable UserId actor, boolean refuseWhenNothing) {
        ledger.lock(key);
        var earlier = find(key);
        if (earlier.isPresent()) {
            return earlier;
        }
        LedgerAccount balance = ledger.lockFreelancerBalance(freelancer, currency);
        Money available = ledger.balance(balance);
        Payable payable = provider.payable(freelancer, available);
        Money amount = payable.now().compareTo(available) > 0 ? available : payable.now();
        if (!amount.isPositive() || amount.compareTo(minimum) < 0) {
            if (!refuseWhenNothing) {
                log.info("Nothing to pay out to user {} in {} ({} available, {} payable)", freelancer, currency,
                        available, amount);
                return Optional.empty();
            }
            if (payable.waitingReason() != null && available.compareTo(minimum) >= 0) {
                throw new UserFacingException(payable.waitingReason());
            }
            throw new UserFacingException("payouts.below-minimum", (Object) minimum.toDecimal().toPlainString(),
                    currency.getCurrencyCode());
        }
        PayoutOutcome outcome = provider.payout(key, freelancer, amount);
        ledger.post(key, PaymentKind.PAYOUT, null, amount, new Money(0, currency), memo, provider.name(),
                outcome.reference(), actor, List.of(
                        new Leg(balance, amount.negate()),
                        new Leg(ledger.providerClearing(provider.name(), currency), amount)));
        var now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into payment_payout (idempotency_key, freelancer_id, amount_minor, currency, provider,
                    provider_ref, state, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key.value(), freelancer.value(), amount.minorUnits(), currency.getCurrencyCode(), provider.name(),
                        outcome.reference(), outcome.state().name(), now, now)
                .update();
        log.info("Paid out {} to user {} ({}, {})", amount, freelancer, key, outcome.reference());
        return find(key);
    }

    /** The freelancer's payouts, newest first. */
    @Transactional(readOnly = true)
    public List<Payout> payouts(UserId freelancer, int offset, int limit) {
        return jdbc.sql("select * from payment_payout where freelancer_id = ? order by created_at desc, id desc"
                        + " offset ? limit ?")
                .params(freelancer.value(), offset, limit).query(Payouts::payout).list();
    }

    @Transactional(readOnly = true)
    public long countPayouts(UserId freelancer) {
        return jdbc.sql("select count(*) from payment_payout where freelancer_id = ?").param(freelancer.value())
                .query(Long.class).single();
    }

    /**
     * What the provider has paid out of the freelancer's money in the currency and not reported failed: at Stripe
     * that money has left their connected account.
     */
    public long paidOut(String providerName, UserId freelancer, Currency currency) {
        return jdbc.sql("""
                select coalesce(sum(amount_minor), 0) from payment_payout
                where provider = ? and freelancer_id = ? and currency = ? and state <> 'FAILED'""")
                .params(providerName, freelancer.value(), currency.getCurrencyCode()).query(Long.class).single();
    }

    /** The provider reports the payout arrived; false when it is not one of ours. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean arrived(String providerName, String reference) {
        int known = jdbc.sql("select count(*) from payment_payout where provider = ? and provider_ref = ?")
                .params(providerName, reference).query(Integer.class).single();
        jdbc.sql("update payment_payout set state = 'PAID', updated_at = ? where provider = ? and provider_ref = ?"
                        + " and state = 'IN_TRANSIT'")
                .params(OffsetDateTime.now(clock), providerName, reference).update();
        return known > 0;
    }

    /**
     * The provider reports the payout failed (also after it had arrived, when the bank sent it back): once, the
     * money goes back into the freelancer's balance (a REVERSAL: provider clearing → balance), the payout is marked
     * failed with the reason, and {@link PayoutFailed} is published. Reported again, nothing changes.
     *
     * @return false when it is not one of ours
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean failed(String providerName, String reference, String reason) {
        var row = jdbc.sql("select * from payment_payout where provider = ? and provider_ref = ? for update")
                .params(providerName, reference).query((rs, n) -> new Row(payout(rs, n), rs.getString("idempotency_key"),
                        new UserId(rs.getLong("freelancer_id"))))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        var payout = row.get().payout();
        if (payout.state() == PayoutState.FAILED) {
            return true;
        }
        Money amount = payout.amount();
        var key = IdempotencyKey.of("payout-failed:" + row.get().key());
        ledger.lock(key);
        if (ledger.find(key).isEmpty()) {
            ledger.post(key, PaymentKind.REVERSAL, null, amount, new Money(0, amount.currency()),
                    "Payout failed: " + reason, providerName, reference, null, List.of(
                            new Leg(ledger.providerClearing(providerName, amount.currency()), amount.negate()),
                            new Leg(ledger.freelancerBalance(row.get().freelancer(), amount.currency()), amount)));
        }
        String shortReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        jdbc.sql("update payment_payout set state = 'FAILED', failure_reason = ?, updated_at = ? where id = ?")
                .params(shortReason, OffsetDateTime.now(clock), payout.id()).update();
        events.publishEvent(new PayoutFailed(row.get().freelancer(), amount, shortReason));
        return true;
    }

    private record Row(Payout payout, String key, UserId freelancer) {}

    private Optional<Payout> find(IdempotencyKey key) {
        return jdbc.sql("select * from payment_payout where idempotency_key = ?").param(key.value())
                .query(Payouts::payout).optional();
    }

    private static Payout payout(ResultSet rs, int row) throws SQLException {
        return new Payout(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                PayoutState.valueOf(rs.getString("state")), rs.getString("failure_reason"), rs.getString("provider"));
    }
}
