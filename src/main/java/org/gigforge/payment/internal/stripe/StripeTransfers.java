package org.gigforge.payment.internal.stripe;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.internal.Ledger;
import org.gigforge.payment.internal.Ledger.Leg;
import org.gigforge.payment.internal.MoneyReleased;
import org.gigforge.platform.Money;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Released money on to the freelancer's connected account. A release is posted at once (the freelancer's balance
 * grows); the transfer waits until their onboarding is complete, then a JobRunr job makes it, once per release
 * (the release's key is Stripe's idempotency key too), and posts a PAYOUT: the freelancer's balance gives it, the
 * provider's clearing account receives it. A failed call leaves everything as it was; JobRunr retries with back-off.
 */
@Component
@Conditional(StripeEnabled.class)
public class StripeTransfers {

    private static final Logger log = LoggerFactory.getLogger(StripeTransfers.class);

    private record Waiting(IdempotencyKey releaseKey, String contractRef, UserId freelancer, Money amount, String state) {}

    private final JdbcClient jdbc;
    private final StripePaymentProvider provider;
    private final StripeParties parties;
    private final Ledger ledger;
    private final JobScheduler scheduler;
    private final Clock clock;

    StripeTransfers(JdbcClient jdbc, StripePaymentProvider provider, StripeParties parties, Ledger ledger,
            JobScheduler scheduler, Clock clock) {
        this.jdbc = jdbc;
        this.provider = provider;
        this.parties = parties;
        this.ledger = ledger;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** In the release's transaction: the transfer is owed as surely as the release is posted. */
    @EventListener
    void owe(MoneyReleased released) {
        var now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into payment_stripe_transfer (release_key, contract_ref, freelancer_id, amount_minor, currency,
                    state, created_at, updated_at) values (?, ?, ?, ?, ?, 'WAITING', ?, ?) on conflict do nothing""")
                .params(released.key().value(), released.contractRef(), released.freelancer().value(),
                        released.amount().minorUnits(), released.amount().currency().getCurrencyCode(), now, now)
                .update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void schedule(MoneyReleased released) {
        enqueue(released.key().value());
    }

    /** After onboarding completed: every transfer that waited for it. */
    void sendWaiting(UserId freelancer) {
        jdbc.sql("select release_key from payment_stripe_transfer where freelancer_id = ? and state = 'WAITING'")
                .param(freelancer.value()).query(String.class).list().forEach(this::enqueue);
    }

    private void enqueue(String releaseKey) {
        scheduler.<StripeTransfers>enqueue(transfers -> transfers.send(releaseKey));
    }

    /**
     * Transfers one release if it still waits and the freelancer can receive it; otherwise does nothing (onboarding
     * completing enqueues it again). Returns whether it was sent now.
     */
    @Job(name = "Transfer released money to the freelancer's Stripe account")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean send(String releaseKey) {
        var waiting = jdbc.sql("select * from payment_stripe_transfer where release_key = ? for update")
                .param(releaseKey)
                .query((rs, row) -> new Waiting(IdempotencyKey.of(rs.getString("release_key")), rs.getString("contract_ref"),
                        new UserId(rs.getLong("freelancer_id")),
                        new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("state")))
                .optional().filter(w -> w.state().equals("WAITING"));
        if (waiting.isEmpty()) {
            return false;
        }
        var transfer = waiting.get();
        boolean ready = parties.find(transfer.freelancer()).map(p -> p.payoutStatus() == PayoutStatus.ACTIVE).orElse(false);
        if (!ready) {
            log.info("Transfer {} waits until user {} completes payout onboarding", releaseKey, transfer.freelancer());
            return false;
        }
        String transferId = provider.payout(transfer.releaseKey(), transfer.freelancer(), transfer.amount(),
                transfer.contractRef());
        var payoutKey = IdempotencyKey.of("payout:" + releaseKey);
        Currency currency = transfer.amount().currency();
        ledger.lock(payoutKey);
        if (ledger.find(payoutKey).isEmpty()) {
            ledger.post(payoutKey, PaymentKind.PAYOUT, transfer.contractRef(), transfer.amount(), new Money(0, currency),
                    "Transfer to the freelancer's Stripe account", provider.name(), transferId, null, List.of(
                            new Leg(ledger.freelancerBalance(transfer.freelancer(), currency), negate(transfer.amount())),
                            new Leg(ledger.providerClearing(provider.name(), currency), transfer.amount())));
        }
        jdbc.sql("update payment_stripe_transfer set state = 'SENT', transfer_id = ?, updated_at = ? where release_key = ?")
                .params(transferId, OffsetDateTime.now(clock), releaseKey).update();
        return true;
    }

    /**
     * Stripe took (part of) a transfer back: the amount is the freelancer's balance again (a REVERSAL), once per
     * transfer and reversed total.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void reversed(String transferId, long reversedMinor) {
        var sent = jdbc.sql("select * from payment_stripe_transfer where transfer_id = ? for update").param(transferId)
                .query((rs, row) -> new Waiting(IdempotencyKey.of(rs.getString("release_key")), rs.getString("contract_ref"),
                        new UserId(rs.getLong("freelancer_id")),
                        new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                        rs.getString("state")))
                .optional();
        if (sent.isEmpty() || reversedMinor <= 0) {
            log.info("Reversal of transfer {} concerns no transfer of ours", transferId);
            return;
        }
        var transfer = sent.get();
        Currency currency = transfer.amount().currency();
        long total = Math.min(reversedMinor, transfer.amount().minorUnits());
        var key = IdempotencyKey.of("reversal:" + transferId + ":" + total);
        ledger.lock(key);
        // Stripe reports the reversed total so far: post what earlier reversals have not.
        long posted = jdbc.sql("select coalesce(sum(price_minor), 0) from ledger_transaction where kind = 'REVERSAL'"
                + " and provider_ref = ?").param(transferId).query(Long.class).single();
        if (ledger.find(key).isPresent() || total <= posted) {
            return;
        }
        Money amount = new Money(total - posted, currency);
        ledger.post(key, PaymentKind.REVERSAL, transfer.contractRef(), amount, new Money(0, currency),
                "Transfer reversed by Stripe", provider.name(), transferId, null, List.of(
                        new Leg(ledger.providerClearing(provider.name(), currency), negate(amount)),
                        new Leg(ledger.freelancerBalance(transfer.freelancer(), currency), amount)));
        jdbc.sql("update payment_stripe_transfer set state = 'REVERSED', updated_at = ? where transfer_id = ?")
                .params(OffsetDateTime.now(clock), transferId).update();
    }

    private static Money negate(Money money) {
        return new Money(Math.negateExact(money.minorUnits()), money.currency());
    }
}
