package org.gigforge.payment.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gigforge.account.UserId;
import org.gigforge.payment.ChargeOutcome;
import org.gigforge.payment.ChargeRequest;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.Payable;
import org.gigforge.payment.PaymentProvider;
import org.gigforge.payment.PayoutOutcome;
import org.gigforge.payment.PayoutState;
import org.gigforge.platform.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo provider, used unless a Stripe key is configured: every charge, refund and payout succeeds at once and no real money moves. Its
 * references are derived from the idempotency key, so a repeated key gets the same answer, as a real
 * provider's would, without any state.
 */
public class DemoPaymentProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(DemoPaymentProvider.class);

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public boolean demo() {
        return true;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        log.info("Demo charge of {} to user {} ({})", request.amount(), request.client(), request.key());
        return new ChargeOutcome.Confirmed(reference("demo_ch_", request.key()), new Money(0, request.amount().currency()));
    }

    @Override
    public String refund(IdempotencyKey key, UserId client, Money amount, List<String> chargeReferences) {
        log.info("Demo refund of {} to user {} ({})", amount, client, key);
        return reference("demo_re_", key);
    }

    @Override
    public Payable payable(UserId freelancer, Money available) {
        return new Payable(available.isPositive() ? available : new Money(0, available.currency()), null);
    }

    /** Arrives at once: there is no bank, and the demo label says so wherever money is shown. */
    @Override
    public PayoutOutcome payout(IdempotencyKey key, UserId freelancer, Money amount) {
        log.info("Demo payout of {} to user {} ({})", amount, freelancer, key);
        return new PayoutOutcome(reference("demo_po_", key), PayoutState.PAID);
    }

    private static String reference(String prefix, IdempotencyKey key) {
        return prefix + UUID.nameUUIDFromBytes(key.value().getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
