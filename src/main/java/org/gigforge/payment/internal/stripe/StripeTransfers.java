package org.gigforge.payment.internal.stripe;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Currency;
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PayoutStatus;
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
 * (the release's key is Stripe's idempotency key too). The ledger does not change: the money is still the
 * freelancer's balance, now held at their connected account until their payout schedule pays it out to the bank
 * (docs/decisions/0028-payout-schedules.md). A failed call leaves everything as it was; JobRunr retries with back-off.
 */
@Component
@Conditional(StripeEnabled.class)
public class StripeTransfers {

    private static final Logger log = LoggerFactory.getLogger(StripeTransfers.class);

    private record Waiting(IdempotencyKey releaseKey, String contractRef, UserId freelancer, Money amount, String state) {}

    private final JdbcClient jdbc;
    private final StripePaymentProvider provider;
    private final StripeParties parties;
    private final JobScheduler scheduler;
    private final Clock clock;

    StripeTransfers(JdbcClient jdbc, StripePaymentProvider provider, StripeParties parties, JobScheduler scheduler,
            Clock clock) {
        this.jdbc = jdbc;
        this.provider = provider;
        this.parties = parties;
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
        String transferId = provider.transfer(transfer.releaseKey(), transfer.freelancer(), transfer.amount(),
                transfer.contractRef());
        jdbc.sql("update payment_stripe_transfer set state = 'SENT', transfer_id = ?, updated_at = ? where release_key = ?")
                .params(transferId, OffsetDateTime.now(clock), releaseKey).update();
        return true;
    }

    /**
     * The platform took (part of) a transfer back to its own Stripe balance (a reversal is made from Stripe's
     * dashboard, never by Stripe on its own). The ledger does not change: the freelancer's balance still holds what
     * was released to them, only no longer at their connected account, so payouts cannot take it until someone
     * (an admin) settles it. Stripe reports the reversed total so far; it is kept on the transfer, once.
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
        long total = Math.min(reversedMinor, transfer.amount().minorUnits());
        int changed = jdbc.sql("""
                update payment_stripe_transfer set state = 'REVERSED', reversed_minor = ?, updated_at = ?
                where transfer_id = ? and reversed_minor < ?""")
                .params(total, OffsetDateTime.now(clock), transferId, total).update();
        if (changed > 0) {
            log.warn("Transfer {} of {} for user {} reversed to {} minor units: the freelancer's balance keeps it,"
                    + " but their Stripe account no longer holds it", transferId, transfer.contractRef(),
                    transfer.freelancer(), total);
        }
    }
}
