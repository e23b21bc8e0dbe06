package org.gigforge.payment.internal.stripe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.param.AccountRetrieveParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.payment.ChargeDisputed;
import org.gigforge.payment.ChargebackLost;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.PaymentKind;
import org.gigforge.payment.PaymentService;
import org.gigforge.payment.PayoutFailed;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.ProviderSubscriptionChanged;
import org.gigforge.payment.ProviderSubscriptionInvoice;
import org.gigforge.payment.internal.FrozenContracts;
import org.gigforge.payment.internal.Ledger;
import org.gigforge.payment.internal.Ledger.Leg;
import org.gigforge.payment.internal.Payouts;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What Stripe's verified webhook events change here. Each event is processed once: its id is stored in the same
 * transaction as what it posts, so a redelivery (Stripe delivers at least once) finds it and changes nothing.
 * Events may come in any order, so handlers never trust the event's copy of an object where it matters: they
 * fetch the payment intent or account as it is now, and the ledger's idempotency keys turn a second confirmation
 * of the same payment (checkout.session.completed and payment_intent.succeeded) into nothing.
 */
@Component
@Conditional(StripeEnabled.class)
class StripeWebhooks {

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    private final JdbcClient jdbc;
    private final StripeClient stripe;
    private final PaymentService payments;
    private final StripeParties parties;
    private final StripeTransfers transfers;
    private final FrozenContracts frozen;
    private final Ledger ledger;
    private final Payouts payouts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StripeWebhooks(JdbcClient jdbc, StripeClient stripe, PaymentService payments, StripeParties parties,
            StripeTransfers transfers, FrozenContracts frozen, Ledger ledger, Payouts payouts,
            ApplicationEventPublisher events, Clock clock) {
        this.payouts = payouts;
        this.jdbc = jdbc;
        this.stripe = stripe;
        this.payments = payments;
        this.parties = parties;
        this.transfers = transfers;
        this.frozen = frozen;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Processes a verified event; false when it was processed before. */
    @Transactional
    public boolean handle(Event event) {
        // Concurrent deliveries of one event queue on the primary key; the later one then inserts nothing.
        int fresh = jdbc.sql("insert into payment_stripe_event (event_id, type, processed_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(event.getId(), event.getType(), OffsetDateTime.now(clock)).update();
        if (fresh == 0) {
            log.info("Stripe event {} ({}) was processed before", event.getId(), event.getType());
            return false;
        }
        JsonObject object = JsonParser.parseString(event.getDataObjectDeserializer().getRawJson()).getAsJsonObject();
        switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> {
                String intent = text(object, "payment_intent");
                if (intent != null && "paid".equals(text(object, "payment_status"))) {
                    confirm(intent);
                }
            }
            case "checkout.session.expired", "checkout.session.async_payment_failed" ->
                    key(object).ifPresent(key -> payments.failCharge(key, event.getType()));
            case "payment_intent.succeeded" -> confirm(required(object, "id"));
            case "payment_intent.payment_failed" -> failed(object);
            case "charge.refunded" ->
                    // Refunds are posted when Stripe answers our refund request; this only confirms one.
                    log.info("Stripe confirmed refunds of charge {}", text(object, "id"));
            case "charge.dispute.created" -> disputed(object);
            case "charge.dispute.closed" -> disputeClosed(object);
            case "account.updated" -> accountUpdated(required(object, "id"));
            case "transfer.created" -> log.info("Stripe created transfer {}", text(object, "id"));
            case "transfer.reversed" -> transfers.reversed(required(object, "id"), number(object, "amount_reversed"));
            case "payout.paid" -> {
                if (!payouts.arrived(provider(), required(object, "id"))) {
                    log.info("Stripe paid out {} of account {}, not a payout of ours", text(object, "id"),
                            event.getAccount());
                }
            }
            case "payout.failed" -> payoutFailed(event.getAccount(), object);
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
                    "customer.subscription.paused", "customer.subscription.resumed" ->
                    subscriptionChanged(event, object);
            case "invoice.paid", "invoice.payment_failed" -> subscriptionInvoice(event, object);
            default -> log.info("Stripe event {} of type {} is not handled; acknowledged", event.getId(), event.getType());
        }
        return true;
    }

    /** Confirms the funding the payment intent paid, as Stripe sees it now (whatever order events came in). */
    private void confirm(String intentId) {
        PaymentIntent intent = intent(intentId);
        String key = intent.getMetadata() == null ? null : intent.getMetadata().get(StripePaymentProvider.KEY);
        if (key == null || !"succeeded".equals(intent.getStatus())) {
            log.info("Payment intent {} ({}) confirms nothing of ours", intentId, intent.getStatus());
            return;
        }
        // The card Checkout saved is what weekly hourly billing charges off-session.
        if (intent.getCustomer() != null && intent.getPaymentMethod() != null) {
            parties.ownerOfCustomer(intent.getCustomer())
                    .ifPresent(client -> parties.paymentMethod(client, intent.getPaymentMethod()));
        }
        Currency currency = Currency.getInstance(intent.getCurrency().toUpperCase(Locale.ROOT));
        payments.confirmCharge(IdempotencyKey.of(key), intent.getId(), StripePaymentProvider.fee(intent, currency));
    }

    private void failed(JsonObject object) {
        var error = object.getAsJsonObject("last_payment_error");
        String reason = error == null ? "payment_failed" : Optional.ofNullable(text(error, "code")).orElse("payment_failed");
        key(object).ifPresent(key -> payments.failCharge(key, reason));
    }

    /**
     * A chargeback: the contract's escrow is frozen (under its lock, so no release or refund runs meanwhile) and
     * admins are told through {@link ChargeDisputed}.
     */
    private void disputed(JsonObject dispute) {
        String intentId = text(dispute, "payment_intent");
        if (intentId == null) {
            log.warn("Dispute {} names no payment intent", text(dispute, "id"));
            return;
        }
        PaymentIntent intent = intent(intentId);
        String contract = intent.getMetadata() == null ? null : intent.getMetadata().get(StripePaymentProvider.CONTRACT);
        Optional<UserId> client = Optional.ofNullable(intent.getCustomer()).flatMap(parties::ownerOfCustomer);
        if (contract == null || client.isEmpty()) {
            log.warn("Dispute {} concerns no contract of ours", text(dispute, "id"));
            return;
        }
        ledger.lockEscrow(contract);
        String reason = Optional.ofNullable(text(dispute, "reason")).orElse("unknown");
        Currency currency = Currency.getInstance(required(dispute, "currency").toUpperCase(Locale.ROOT));
        var amount = new Money(number(dispute, "amount"), currency);
        if (frozen.freeze(contract, "Card dispute " + text(dispute, "id") + ": " + reason, text(dispute, "id"), amount)) {
            events.publishEvent(new ChargeDisputed(contract, client.get(), amount, intentId, reason));
        }
    }

    /**
     * The bank closed a chargeback. Won: the money is the platform's again and the freeze is lifted. Lost: the client
     * has it back, which the ledger posts; the contract stays frozen (as for any other end) for an admin, who settles
     * it with the parties and lifts the freeze.
     */
    private void disputeClosed(JsonObject dispute) {
        String disputeId = required(dispute, "id");
        var contract = frozen.contractOf(disputeId);
        if (contract.isEmpty()) {
            log.info("Closed dispute {} froze no contract of ours", disputeId);
            return;
        }
        ledger.lockEscrow(contract.get());
        String status = Optional.ofNullable(text(dispute, "status")).orElse("unknown");
        if (status.equals("won")) {
            frozen.lift(contract.get(), null, "The bank decided card dispute " + disputeId + " for the platform.");
        } else if (status.equals("lost")) {
            chargebackLost(contract.get(), disputeId, dispute);
        } else {
            log.warn("Card dispute {} on {} closed as {}: the contract stays frozen for an admin", disputeId,
                    contract.get(), status);
        }
    }

    /**
     * A chargeback lost at the bank: Stripe has given the disputed amount back to the client from the platform's
     * balance, and kept its dispute fee. Posted once per dispute: the client's funding account receives the amount;
     * the escrow gives what it holds of it, the platform's revenue the rest (the client fee, or money released before
     * the chargeback) and the dispute fee, which goes to the provider's fees. The contract stays frozen for an admin.
     */
    private void chargebackLost(String contractRef, String disputeId, JsonObject dispute) {
        var key = IdempotencyKey.of("chargeback:" + disputeId);
        ledger.lock(key);
        var escrow = ledger.findEscrow(contractRef);
        long amount = number(dispute, "amount");
        Currency currency = Currency.getInstance(required(dispute, "currency").toUpperCase(Locale.ROOT));
        if (ledger.find(key).isPresent() || escrow.isEmpty() || amount <= 0) {
            return;
        }
        if (!escrow.get().currency().equals(currency)) {
            log.warn("Card dispute {} is in {}, contract {} in {}: left for an admin", disputeId, currency, contractRef,
                    escrow.get().currency());
            return;
        }
        long fromEscrow = Math.min(amount, ledger.balance(escrow.get()).minorUnits());
        long fee = disputeFee(dispute);
        UserId client = escrow.get().client().orElseThrow();
        ledger.post(key, PaymentKind.CHARGEBACK, contractRef, new Money(amount, currency), new Money(fee, currency),
                "Card chargeback " + disputeId + " lost at the bank", provider(), disputeId, null, List.of(
                        new Leg(ledger.clientFunding(client, currency), new Money(amount, currency)),
                        new Leg(escrow.get(), new Money(-fromEscrow, currency)),
                        new Leg(ledger.platformRevenue(currency), new Money(fromEscrow - amount - fee, currency)),
                        new Leg(ledger.providerFees(provider(), currency), new Money(fee, currency))));
        events.publishEvent(new ChargebackLost(contractRef, client, new Money(amount, currency),
                new Money(fromEscrow, currency)));
    }

    /** Stripe's fee for handling the dispute, from the balance transactions it lists (absent in older events: none). */
    private static long disputeFee(JsonObject dispute) {
        var transactions = dispute.getAsJsonArray("balance_transactions");
        long fee = 0;
        if (transactions != null) {
            for (JsonElement transaction : transactions) {
                if (transaction.isJsonObject()) {
                    fee += number(transaction.getAsJsonObject(), "fee");
                }
            }
        }
        return fee;
    }

    /** The payout status as the account is now; completing onboarding sends the transfers that waited for it. */
    private void accountUpdated(String accountId) {
        var owner = parties.ownerOfAccount(accountId);
        if (owner.isEmpty()) {
            log.info("Stripe account {} is not one of ours", accountId);
            return;
        }
        Account account;
        try {
            account = stripe.v1().accounts().retrieve(accountId, AccountRetrieveParams.builder().build(),
                    StripePaymentProvider.options(null));
            StripeOnboarding.manualPayouts(stripe, account);
        } catch (StripeException e) {
            throw StripeErrors.translate("account " + accountId, e);
        }
        PayoutStatus status = StripeOnboarding.status(account);
        if (parties.payoutStatus(owner.get(), status) && status == PayoutStatus.ACTIVE) {
            afterCommit(() -> transfers.sendWaiting(owner.get()));
        }
    }

    /**
     * A payout of ours failed: its money goes back into the freelancer's balance once and they are told
     * ({@code PayoutFailed}, published by the payouts). One Stripe made on its own is only reported.
     */
    private void payoutFailed(@Nullable String accountId, JsonObject payout) {
        String reason = Optional.ofNullable(text(payout, "failure_code")).orElse("unknown");
        if (payouts.failed(provider(), required(payout, "id"), reason)) {
            return;
        }
        var owner = Optional.ofNullable(accountId).flatMap(parties::ownerOfAccount);
        if (owner.isEmpty()) {
            log.warn("Payout {} failed for an account not ours: {}", text(payout, "id"), accountId);
            return;
        }
        Currency currency = Currency.getInstance(required(payout, "currency").toUpperCase(Locale.ROOT));
        events.publishEvent(new PayoutFailed(owner.get(), new Money(number(payout, "amount"), currency), reason));
    }

    private static String provider() {
        return StripePaymentProvider.NAME;
    }

    /**
     * A plan's subscription as the event shows it. Unlike payments, the event's own copy is used: it carries the
     * state at the event's time, which the subscriptions module compares with what it holds, so a late event
     * never undoes a newer one (and no extra call to Stripe is needed per event).
     */
    private void subscriptionChanged(Event event, JsonObject subscription) {
        Optional<UserId> member = member(subscription);
        if (member.isEmpty()) {
            log.info("Stripe subscription {} belongs to no member of ours", text(subscription, "id"));
            return;
        }
        JsonObject item = firstItem(subscription);
        long periodEnd = subscription.has("current_period_end") && !subscription.get("current_period_end").isJsonNull()
                ? number(subscription, "current_period_end")
                // Since API version 2025-03-31 the period is kept per item.
                : item == null ? 0 : number(item, "current_period_end");
        var price = item == null ? null : child(item, "price");
        var metadata = child(subscription, "metadata");
        JsonElement cancelAtPeriodEnd = subscription.get("cancel_at_period_end");
        events.publishEvent(new ProviderSubscriptionChanged(required(subscription, "id"), member.get(),
                price == null ? null : text(price, "id"),
                metadata == null ? null : text(metadata, StripeSubscriptions.PLAN),
                required(subscription, "status"), Instant.ofEpochSecond(periodEnd),
                cancelAtPeriodEnd != null && !cancelAtPeriodEnd.isJsonNull() && cancelAtPeriodEnd.getAsBoolean(),
                Instant.ofEpochSecond(event.getCreated())));
    }

    /** A subscription's invoice was paid or its payment failed; invoices of anything else are not ours. */
    private void subscriptionInvoice(Event event, JsonObject invoice) {
        String subscription = text(invoice, "subscription");
        JsonObject parent = child(invoice, "parent");
        JsonObject details = parent == null ? null : child(parent, "subscription_details");
        if (subscription == null && details != null) {
            // Since API version 2025-03-31 the subscription is named under the invoice's parent.
            subscription = text(details, "subscription");
        }
        Optional<UserId> member = member(invoice);
        if (subscription == null || member.isEmpty()) {
            log.info("Stripe invoice {} ({}) is not a subscription of a member of ours", text(invoice, "id"), event.getType());
            return;
        }
        boolean paid = "invoice.paid".equals(event.getType());
        Currency currency = Currency.getInstance(required(invoice, "currency").toUpperCase(Locale.ROOT));
        events.publishEvent(new ProviderSubscriptionInvoice(member.get(), subscription, required(invoice, "id"),
                new Money(number(invoice, paid ? "amount_paid" : "amount_due"), currency), paid));
    }

    /** The member whose Stripe customer this is; the metadata we set at checkout when the customer is not known. */
    private Optional<UserId> member(JsonObject object) {
        Optional<UserId> owner = Optional.ofNullable(text(object, "customer")).flatMap(parties::ownerOfCustomer);
        if (owner.isPresent()) {
            return owner;
        }
        var metadata = child(object, "metadata");
        String user = metadata == null ? null : text(metadata, StripePaymentProvider.USER);
        return user != null && user.matches("\\d{1,18}") ? Optional.of(new UserId(Long.parseLong(user))) : Optional.empty();
    }

    private static @Nullable JsonObject firstItem(JsonObject subscription) {
        var items = child(subscription, "items");
        var data = items == null ? null : items.get("data");
        return data == null || !data.isJsonArray() || data.getAsJsonArray().isEmpty()
                || !data.getAsJsonArray().get(0).isJsonObject() ? null : data.getAsJsonArray().get(0).getAsJsonObject();
    }

    /** A nested object, or null when it is missing or null (Stripe sends {@code "parent": null}, for one). */
    private static @Nullable JsonObject child(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private PaymentIntent intent(String id) {
        try {
            return stripe.v1().paymentIntents().retrieve(id,
                    PaymentIntentRetrieveParams.builder().addExpand(StripePaymentProvider.EXPAND_FEE).build(),
                    StripePaymentProvider.options(null));
        } catch (StripeException e) {
            throw StripeErrors.translate("payment intent " + id, e);
        }
    }

    private static Optional<IdempotencyKey> key(JsonObject object) {
        var metadata = object.getAsJsonObject("metadata");
        return Optional.ofNullable(metadata == null ? null : text(metadata, StripePaymentProvider.KEY)).map(IdempotencyKey::of);
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static @Nullable String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null
                : value.isJsonObject() ? text(value.getAsJsonObject(), "id") : value.getAsString();
    }

    private static String required(JsonObject object, String name) {
        String value = text(object, name);
        if (value == null) {
            throw new IllegalArgumentException("The event's object has no " + name);
        }
        return value;
    }

    private static long number(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? 0 : value.getAsLong();
    }
}
