package org.gigforge.subscription.internal;

import java.time.Instant;
import java.util.Optional;
import org.gigforge.payment.ProviderSubscriptionChanged;
import org.gigforge.payment.ProviderSubscriptionInvoice;
import org.gigforge.subscription.Plan;
import org.gigforge.subscription.SubscriptionChanged;
import org.gigforge.subscription.SubscriptionPaid;
import org.gigforge.subscription.SubscriptionPaymentFailed;
import org.gigforge.subscription.SubscriptionStatus;
import org.gigforge.subscription.internal.SubscriptionStore.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entitlements follow the provider's subscription events, inside the transaction that records each event (so an
 * event is applied exactly once). Events come in any order and more than once: the state held is replaced only by
 * a newer one — a later event time; for the same second, a later period end or a later stage of the life cycle —
 * and an ended subscription never comes back, as at Stripe.
 */
@Component
class ProviderEvents {

    private static final Logger log = LoggerFactory.getLogger(ProviderEvents.class);

    private final Plans plans;
    private final SubscriptionStore store;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ProviderEvents(Plans plans, SubscriptionStore store, ApplicationEventPublisher events, java.time.Clock clock) {
        this.plans = plans;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ProviderSubscriptionChanged changed) {
        Optional<Plan> plan = Optional.ofNullable(changed.priceId()).flatMap(plans::byStripePrice)
                .or(() -> Optional.ofNullable(changed.planCode()).flatMap(plans::byCode));
        Optional<SubscriptionStatus> status = SubscriptionStatus.fromProvider(changed.status());
        if (plan.isEmpty() || status.isEmpty()) {
            log.warn("Provider subscription {} ({}, price {}, plan {}) is not one of our plans; ignored",
                    changed.reference(), changed.status(), changed.priceId(), changed.planCode());
            return;
        }
        Instant now = clock.instant();
        Optional<Row> held = store.byReferenceForUpdate(changed.reference());
        if (held.isEmpty()) {
            if (store.insert(changed.member(), plan.get().code(), SubscriptionStore.STRIPE, changed.reference(),
                    status.get(), changed.currentPeriodEnd(), changed.cancelAtPeriodEnd(), changed.stateAt())) {
                publish(changed, plan.get(), status.get(), now);
                return;
            }
            held = store.byReferenceForUpdate(changed.reference());
        }
        Row row = held.orElseThrow();
        if (!row.member().equals(changed.member())) {
            log.warn("Provider subscription {} changed members ({} to {}); ignored", changed.reference(), row.member(),
                    changed.member());
            return;
        }
        if (!newer(row, status.get(), changed)) {
            log.info("Provider subscription {}: {} of {} is older than {} of {}; kept", changed.reference(),
                    status.get(), changed.stateAt(), row.status(), row.stateAt());
            return;
        }
        store.update(row.id(), plan.get().code(), status.get(), changed.currentPeriodEnd(), changed.cancelAtPeriodEnd(),
                changed.stateAt());
        publish(changed, plan.get(), status.get(), now);
    }

    static boolean newer(Row held, SubscriptionStatus status, ProviderSubscriptionChanged changed) {
        if (held.status().ended()) {
            return false;
        }
        int time = changed.stateAt().compareTo(held.stateAt());
        if (time != 0) {
            return time > 0;
        }
        int period = changed.currentPeriodEnd().compareTo(held.currentPeriodEnd());
        if (period != 0) {
            return period > 0;
        }
        return status.stage() >= held.status().stage();
    }

    private void publish(ProviderSubscriptionChanged changed, Plan plan, SubscriptionStatus status, Instant now) {
        boolean entitled = status.entitles(now, changed.currentPeriodEnd(), changed.cancelAtPeriodEnd());
        log.info("Subscription {} of user {} to {} is {} (entitled: {})", changed.reference(), changed.member(),
                plan.code(), status, entitled);
        events.publishEvent(new SubscriptionChanged(changed.member(), plan.code(), status, entitled,
                changed.currentPeriodEnd()));
    }

    /** A month paid or not: recorded once per invoice and outcome, and told to whoever listens. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ProviderSubscriptionInvoice invoice) {
        String reference = invoice.invoice() + (invoice.paid() ? ":paid" : ":failed");
        if (!store.recordPayment(invoice.member(), invoice.subscription(), reference, invoice.amount(), invoice.paid())) {
            return;
        }
        String planCode = store.byReferenceForUpdate(invoice.subscription()).map(Row::planCode).orElse(null);
        if (invoice.paid()) {
            events.publishEvent(new SubscriptionPaid(invoice.member(), planCode, invoice.amount(), reference));
        } else {
            log.info("Payment of subscription {} of user {} failed ({})", invoice.subscription(), invoice.member(),
                    invoice.invoice());
            events.publishEvent(new SubscriptionPaymentFailed(invoice.member(), planCode, invoice.amount(), reference));
        }
    }
}
