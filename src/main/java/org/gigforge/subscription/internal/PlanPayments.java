package org.gigforge.subscription.internal;

import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentService;
import org.gigforge.subscription.SubscriptionPaid;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's month goes into the ledger (and so gets its invoice) in the transaction that records it, under a key
 * derived from the month's reference: a month is posted once, whoever tells of it again.
 */
@Component
class PlanPayments {

    private final PaymentService payments;
    private final Plans plans;

    PlanPayments(PaymentService payments, Plans plans) {
        this.payments = payments;
        this.plans = plans;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SubscriptionPaid paid) {
        String plan = paid.planCode() == null ? "" : plans.byCode(paid.planCode()).map(p -> p.name() + " ").orElse("");
        payments.recordSubscription(IdempotencyKey.of("subscription:" + paid.reference()), paid.member(), paid.amount(),
                "Gigforge " + plan + "plan, one month", paid.reference());
    }
}
