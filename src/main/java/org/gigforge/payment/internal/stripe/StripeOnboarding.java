package org.gigforge.payment.internal.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Account;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.AccountRetrieveParams;
import com.stripe.param.AccountUpdateParams;
import java.net.URI;
import org.gigforge.account.UserId;
import org.gigforge.payment.PayoutStatus;
import org.gigforge.payment.internal.PayoutOnboarding;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stripe Connect onboarding with Express accounts: the freelancer's account is made on first use (once, by its
 * idempotency key), and each visit gets a fresh account link, which Stripe's pages return from to the earnings page.
 */
@Component
@Conditional(StripeEnabled.class)
class StripeOnboarding implements PayoutOnboarding {

    static final String RETURN_PATH = "/earnings?payouts=return";
    static final String REFRESH_PATH = "/earnings?payouts=refresh";

    private final StripeClient stripe;
    private final StripeParties parties;
    private final StripeProperties properties;
    private final StripeTransfers transfers;

    StripeOnboarding(StripeClient stripe, StripeParties parties, StripeProperties properties, StripeTransfers transfers) {
        this.stripe = stripe;
        this.parties = parties;
        this.properties = properties;
        this.transfers = transfers;
    }

    @Override
    @Transactional(readOnly = true)
    public PayoutStatus status(UserId freelancer) {
        return parties.find(freelancer).filter(p -> p.accountId() != null).map(StripeParties.Party::payoutStatus)
                .orElse(PayoutStatus.NOT_STARTED);
    }

    @Override
    @Transactional
    public URI onboardingLink(UserId freelancer) {
        try {
            String account = parties.find(freelancer).map(StripeParties.Party::accountId).orElse(null);
            if (account == null) {
                account = stripe.v1().accounts().create(AccountCreateParams.builder()
                                .setType(AccountCreateParams.Type.EXPRESS)
                                .setCapabilities(AccountCreateParams.Capabilities.builder()
                                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder()
                                                .setRequested(true).build())
                                        .build())
                                // Our payout schedule decides when money goes to the bank, not Stripe's.
                                .setSettings(AccountCreateParams.Settings.builder()
                                        .setPayouts(AccountCreateParams.Settings.Payouts.builder()
                                                .setSchedule(AccountCreateParams.Settings.Payouts.Schedule.builder()
                                                        .setInterval(AccountCreateParams.Settings.Payouts.Schedule
                                                                .Interval.MANUAL)
                                                        .build())
                                                .build())
                                        .build())
                                .putMetadata(StripePaymentProvider.USER, freelancer.toString())
                                .build(),
                        StripePaymentProvider.options("account:user-" + freelancer.value())).getId();
                parties.account(freelancer, account);
                parties.payoutStatus(freelancer, PayoutStatus.INCOMPLETE);
            }
            var link = stripe.v1().accountLinks().create(AccountLinkCreateParams.builder()
                            .setAccount(account)
                            .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                            .setReturnUrl(properties.page(RETURN_PATH).toString())
                            .setRefreshUrl(properties.page(REFRESH_PATH).toString())
                            .build(),
                    // No idempotency key: links are single-use and expire within minutes, so every visit needs a
                    // fresh one; a repeated request moves no money and only makes another link.
                    StripePaymentProvider.options(null));
            return URI.create(link.getUrl());
        } catch (StripeException e) {
            throw StripeErrors.translate("onboarding of user " + freelancer, e);
        }
    }

    @Override
    @Transactional
    public PayoutStatus refresh(UserId freelancer) {
        var account = parties.find(freelancer).map(StripeParties.Party::accountId).orElse(null);
        if (account == null) {
            return PayoutStatus.NOT_STARTED;
        }
        try {
            Account current = stripe.v1().accounts().retrieve(account, AccountRetrieveParams.builder().build(),
                    StripePaymentProvider.options(null));
            manualPayouts(stripe, current);
            var status = status(current);
            if (parties.payoutStatus(freelancer, status) && status == PayoutStatus.ACTIVE) {
                transfers.sendWaiting(freelancer);
            }
            return status;
        } catch (StripeException e) {
            throw StripeErrors.translate("account of user " + freelancer, e);
        }
    }

    /**
     * Puts an account that Stripe reports on an automatic payout schedule (made before schedules were ours, or
     * changed on Stripe's dashboard) back on manual payouts, so that only our schedule pays out.
     */
    static void manualPayouts(StripeClient stripe, Account account) throws StripeException {
        var settings = account.getSettings();
        var payouts = settings == null ? null : settings.getPayouts();
        var schedule = payouts == null ? null : payouts.getSchedule();
        if (schedule == null || "manual".equals(schedule.getInterval())) {
            return;
        }
        stripe.v1().accounts().update(account.getId(), AccountUpdateParams.builder()
                        .setSettings(AccountUpdateParams.Settings.builder()
                                .setPayouts(AccountUpdateParams.Settings.Payouts.builder()
                                        .setSchedule(AccountUpdateParams.Settings.Payouts.Schedule.builder()
                                                .setInterval(AccountUpdateParams.Settings.Payouts.Schedule.Interval.MANUAL)
                                                .build())
                                        .build())
                                .build())
                        .build(),
                StripePaymentProvider.options("account-manual-payouts:" + account.getId()));
    }

    /** Active once Stripe has the details it needs and pays out; incomplete while onboarding is unfinished. */
    static PayoutStatus status(Account account) {
        return Boolean.TRUE.equals(account.getDetailsSubmitted()) && Boolean.TRUE.equals(account.getPayoutsEnabled())
                ? PayoutStatus.ACTIVE : PayoutStatus.INCOMPLETE;
    }
}
