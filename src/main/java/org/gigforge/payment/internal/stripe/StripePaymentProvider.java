package org.gigforge.payment.internal.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.PayoutCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.gigforge.account.UserId;
import org.gigforge.payment.ChargeOutcome;
import org.gigforge.payment.ChargeRequest;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.Payable;
import org.gigforge.payment.PaymentProvider;
import org.gigforge.payment.PaymentProviderException;
import org.gigforge.payment.PayoutOutcome;
import org.gigforge.payment.PayoutState;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.ReturnPages;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe with separate charges and transfers: clients pay the platform (Checkout when present, their saved card
 * off-session for hourly weeks), the money stays in the platform's balance while protected, a release is
 * transferred to the freelancer's Express account with the contract as transfer group, and the freelancer's payout
 * schedule decides when that account pays out to their bank (its own schedule is manual). Every call carries an
 * idempotency key derived from our command's, so a retry never moves money twice.
 */
class StripePaymentProvider implements PaymentProvider {

    /** Metadata names on Stripe's objects, read back by the webhook. */
    static final String KEY = "gigforge_key";
    /** The provider's name, kept with every posting and payout. */
    static final String NAME = "stripe";
    static final String CONTRACT = "gigforge_contract";
    static final String USER = "gigforge_user";
    static final String EXPAND_FEE = "latest_charge.balance_transaction";

    private static final Logger log = LoggerFactory.getLogger(StripePaymentProvider.class);

    private final StripeClient stripe;
    private final StripeParties parties;
    private final StripeProperties properties;
    private final JdbcClient jdbc;

    StripePaymentProvider(StripeClient stripe, StripeParties parties, StripeProperties properties, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.stripe = stripe;
        this.parties = parties;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean demo() {
        return false;
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        ReturnPages pages = request.returnPages();
        return pages == null ? chargeSavedMethod(request) : checkout(request, pages);
    }

    /**
     * A Checkout Session in payment mode: the client pays on Stripe's page (cards, 3-D Secure), and the card is
     * saved for later off-session charges. Confirmed by webhook; until then nothing is posted.
     */
    private ChargeOutcome checkout(ChargeRequest request, ReturnPages pages) {
        String customer = customer(request.client());
        String currency = currency(request.amount());
        var metadata = java.util.Map.of(KEY, request.key().value(), CONTRACT, request.contractRef());
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setCustomer(customer)
                .setClientReferenceId(request.key().value())
                .setSuccessUrl(properties.page(pages.successPath()).toString())
                .setCancelUrl(properties.page(pages.cancelPath()).toString())
                .putAllMetadata(metadata)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(currency)
                                .setUnitAmount(request.amount().minorUnits())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.description().isBlank() ? request.contractRef() : request.description())
                                        .build())
                                .build())
                        .build())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .setSetupFutureUsage(SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION)
                        .setTransferGroup(request.contractRef())
                        .putAllMetadata(metadata)
                        .build())
                .build();
        try {
            var session = stripe.v1().checkout().sessions().create(params,
                    options("checkout:" + request.key() + ":" + request.attempt()));
            return new ChargeOutcome.Pending(session.getId(), URI.create(session.getUrl()));
        } catch (StripeException e) {
            throw StripeErrors.translate("a checkout session for " + request.key(), e);
        }
    }

    /** Charges the card the client saved on their last Checkout, with nobody present, confirming at once. */
    private ChargeOutcome chargeSavedMethod(ChargeRequest request) {
        var party = parties.find(request.client());
        String customer = party.map(StripeParties.Party::customerId).orElse(null);
        String method = party.map(StripeParties.Party::paymentMethodId).orElse(null);
        if (customer == null || method == null) {
            throw new PaymentProviderException("payment.no-saved-method");
        }
        var params = PaymentIntentCreateParams.builder()
                .setAmount(request.amount().minorUnits())
                .setCurrency(currency(request.amount()))
                .setCustomer(customer)
                .setPaymentMethod(method)
                .setOffSession(true)
                .setConfirm(true)
                .setDescription(request.description())
                .setTransferGroup(request.contractRef())
                .putMetadata(KEY, request.key().value())
                .putMetadata(CONTRACT, request.contractRef())
                .addExpand(EXPAND_FEE)
                .build();
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().create(params, options("charge:" + request.key()));
            if (!"succeeded".equals(intent.getStatus())) {
                // E.g. requires_action: the bank wants the client present, which an off-session charge cannot do.
                log.warn("Off-session charge {} ended as {}", request.key(), intent.getStatus());
                throw new PaymentProviderException("payment.authentication-required");
            }
            return new ChargeOutcome.Confirmed(intent.getId(), fee(intent, request.amount().currency()));
        } catch (StripeException e) {
            throw StripeErrors.translate("an off-session charge for " + request.key(), e);
        }
    }

    /**
     * Refunds from the contract's charges, newest first, as much from each as it still holds. Stripe keeps its
     * processing fee on a refund; the ledger therefore posts only what the client gets back.
     */
    @Override
    public String refund(IdempotencyKey key, UserId client, Money amount, List<String> chargeReferences) {
        long remaining = amount.minorUnits();
        var refunds = new ArrayList<String>();
        try {
            for (String reference : chargeReferences.reversed()) {
                if (remaining == 0) {
                    break;
                }
                if (!reference.startsWith("pi_")) {
                    throw new IllegalStateException("Charge " + reference + " was not made through Stripe");
                }
                var intent = stripe.v1().paymentIntents().retrieve(reference,
                        PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(), options(null));
                Charge charge = intent.getLatestChargeObject();
                long refundable = charge == null ? 0 : charge.getAmount() - charge.getAmountRefunded();
                long part = Math.min(refundable, remaining);
                if (part <= 0) {
                    continue;
                }
                var refund = stripe.v1().refunds().create(RefundCreateParams.builder()
                                .setPaymentIntent(reference)
                                .setAmount(part)
                                .putMetadata(KEY, key.value())
                                .build(),
                        options("refund:" + key + ":" + reference));
                refunds.add(refund.getId());
                remaining -= part;
            }
        } catch (StripeException e) {
            throw StripeErrors.translate("a refund for " + key, e);
        }
        if (remaining > 0) {
            throw new IllegalStateException("The charges of " + key + " hold " + remaining + " minor units too little");
        }
        return String.join(",", refunds);
    }

    /**
     * A transfer of released money to the freelancer's connected account, grouped with the contract's charges. Not
     * a payout: the money waits in the connected account (on manual payouts) until our schedule pays it out.
     */
    String transfer(IdempotencyKey key, UserId freelancer, Money amount, String contractRef) {
        String account = activeAccount(freelancer);
        try {
            return stripe.v1().transfers().create(TransferCreateParams.builder()
                            .setAmount(amount.minorUnits())
                            .setCurrency(currency(amount))
                            .setDestination(account)
                            .setTransferGroup(contractRef)
                            .putMetadata(KEY, key.value())
                            .putMetadata(CONTRACT, contractRef)
                            .build(),
                    options("transfer:" + key)).getId();
        } catch (StripeException e) {
            throw StripeErrors.translate("a transfer for " + key, e);
        }
    }

    /**
     * What the connected account holds of the freelancer's money: transferred, less what was reversed, less what
     * was paid out and not reported failed. Nothing before onboarding is complete.
     */
    @Override
    public Payable payable(UserId freelancer, Money available) {
        Currency currency = available.currency();
        boolean active = parties.find(freelancer)
                .filter(p -> p.payoutStatus() == PayoutStatus.ACTIVE && p.accountId() != null).isPresent();
        if (!active) {
            return new Payable(new Money(0, currency), "payouts.waits.onboarding");
        }
        long transferred = jdbc.sql("""
                select coalesce(sum(amount_minor - reversed_minor), 0) from payment_stripe_transfer
                where freelancer_id = ? and currency = ? and transfer_id is not null""")
                .params(freelancer.value(), currency.getCurrencyCode()).query(Long.class).single();
        long paidOut = jdbc.sql("""
                select coalesce(sum(amount_minor), 0) from payment_payout
                where provider = ? and freelancer_id = ? and currency = ? and state <> 'FAILED'""")
                .params(name(), freelancer.value(), currency.getCurrencyCode()).query(Long.class).single();
        long there = Math.max(0, transferred - paidOut);
        long now = Math.min(there, Math.max(0, available.minorUnits()));
        return new Payable(new Money(now, currency), now < available.minorUnits() ? "payouts.waits.transfer" : null);
    }

    /**
     * A payout of the connected account to the freelancer's bank: made on their account ({@code Stripe-Account}),
     * under a key derived from our command's. Stripe answers at once with a payout in transit; {@code payout.paid}
     * or {@code payout.failed} follows by webhook.
     */
    @Override
    public PayoutOutcome payout(IdempotencyKey key, UserId freelancer, Money amount) {
        String account = activeAccount(freelancer);
        try {
            var payout = stripe.v1().payouts().create(PayoutCreateParams.builder()
                            .setAmount(amount.minorUnits())
                            .setCurrency(currency(amount))
                            .putMetadata(KEY, key.value())
                            .putMetadata(USER, freelancer.toString())
                            .build(),
                    RequestOptions.builder().setStripeAccount(account).setIdempotencyKey("payout:" + key).build());
            return new PayoutOutcome(payout.getId(), "paid".equals(payout.getStatus()) ? PayoutState.PAID
                    : PayoutState.IN_TRANSIT);
        } catch (StripeException e) {
            RuntimeException translated = StripeErrors.translate("a payout for " + key, e);
            // The connected account holds less than we think (e.g. money still pending there): wait, do not retry.
            if (e instanceof InvalidRequestException && "balance_insufficient".equals(e.getCode())) {
                throw new PaymentProviderException("payouts.provider-balance-insufficient");
            }
            throw translated;
        }
    }

    private String activeAccount(UserId freelancer) {
        var party = parties.find(freelancer).filter(p -> p.payoutStatus() == PayoutStatus.ACTIVE && p.accountId() != null)
                .orElseThrow(() -> new PaymentProviderException("payment.payouts.not-ready"));
        return java.util.Objects.requireNonNull(party.accountId());
    }

    /** The client's Stripe customer, made once (the key makes two racing requests get one customer). */
    String customer(UserId client) {
        var known = parties.find(client).map(StripeParties.Party::customerId);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            var customer = stripe.v1().customers().create(CustomerCreateParams.builder()
                    .putMetadata(USER, client.toString()).build(), options("customer:user-" + client.value()));
            parties.customer(client, customer.getId());
            return customer.getId();
        } catch (StripeException e) {
            throw StripeErrors.translate("a customer for user " + client, e);
        }
    }

    /**
     * What Stripe kept of a charge, from its balance transaction. A charge settled in another currency than it was
     * paid in is kept at zero with a warning: the ledger keeps one currency per transaction.
     */
    static Money fee(PaymentIntent intent, Currency currency) {
        Charge charge = intent.getLatestChargeObject();
        BalanceTransaction balance = charge == null ? null : charge.getBalanceTransactionObject();
        if (balance == null || balance.getFee() == null) {
            return new Money(0, currency);
        }
        if (!currency.getCurrencyCode().equalsIgnoreCase(balance.getCurrency())) {
            log.warn("Stripe's fee of {} is in {}, not {}: not posted", intent.getId(), balance.getCurrency(), currency);
            return new Money(0, currency);
        }
        return new Money(balance.getFee(), currency);
    }

    static String currency(Money amount) {
        return amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    static RequestOptions options(@Nullable String idempotencyKey) {
        var options = RequestOptions.builder();
        if (idempotencyKey != null) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }
}
