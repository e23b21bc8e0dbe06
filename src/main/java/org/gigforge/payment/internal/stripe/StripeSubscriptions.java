package org.gigforge.payment.internal.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.checkout.SessionCreateParams;
import java.net.URI;
import org.gigforge.account.UserId;
import org.gigforge.payment.IdempotencyKey;
import org.gigforge.payment.ReturnPages;
import org.gigforge.payment.SubscriptionPayments;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Plans sold through Stripe Billing: Checkout in subscription mode with the plan's price, for the member's Stripe
 * customer (the one milestone payments use), and the customer portal for everything afterwards. Stripe's events
 * about the subscription reach {@link StripeWebhooks}.
 */
@Component
@Conditional(StripeEnabled.class)
class StripeSubscriptions implements SubscriptionPayments {

    /** Metadata names on Stripe's subscription, read back by the webhook. */
    static final String PLAN = "gigforge_plan";

    private final StripeClient stripe;
    private final StripePaymentProvider provider;
    private final StripeProperties properties;

    StripeSubscriptions(StripeClient stripe, StripePaymentProvider provider, StripeProperties properties) {
        this.stripe = stripe;
        this.provider = provider;
        this.properties = properties;
    }

    @Override
    public URI checkout(IdempotencyKey key, UserId member, String priceId, String planCode, ReturnPages pages) {
        String customer = provider.customer(member);
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customer)
                .setClientReferenceId(key.value())
                .setSuccessUrl(properties.page(pages.successPath()).toString())
                .setCancelUrl(properties.page(pages.cancelPath()).toString())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(1L).build())
                .putMetadata(PLAN, planCode)
                .putMetadata(StripePaymentProvider.USER, member.toString())
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .putMetadata(PLAN, planCode)
                        .putMetadata(StripePaymentProvider.USER, member.toString())
                        .build())
                .build();
        try {
            var session = stripe.v1().checkout().sessions().create(params, StripePaymentProvider.options("checkout:" + key));
            return URI.create(session.getUrl());
        } catch (StripeException e) {
            throw StripeErrors.translate("a subscription checkout for " + key, e);
        }
    }

    @Override
    public URI portal(IdempotencyKey key, UserId member, String returnPath) {
        String customer = provider.customer(member);
        var params = com.stripe.param.billingportal.SessionCreateParams.builder()
                .setCustomer(customer)
                .setReturnUrl(properties.page(returnPath).toString())
                .build();
        try {
            var session = stripe.v1().billingPortal().sessions().create(params, StripePaymentProvider.options("portal:" + key));
            return URI.create(session.getUrl());
        } catch (StripeException e) {
            throw StripeErrors.translate("a customer portal session for user " + member, e);
        }
    }
}
