package org.gigforge.payment;

import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.payment.internal.PayoutOnboarding;
import org.gigforge.payment.internal.Payouts;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A freelancer's payouts: their set-up with the payment provider, their payout schedule (weekly, or on request
 * above a minimum) and the payouts made. With Stripe, released money is transferred to the freelancer's Express
 * account once its onboarding is complete, and paid out from there on their schedule; until then it waits in
 * their balance. The demo provider has no onboarding ({@link #available()} is false) and pays out at once. Every
 * method works on the signed-in freelancer's own data only; nobody can name another freelancer here. See
 * docs/decisions/0028-payout-schedules.md.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
public class PayoutService {

    private final Optional<PayoutOnboarding> onboarding;
    private final Payouts payouts;

    PayoutService(Optional<PayoutOnboarding> onboarding, Payouts payouts) {
        this.onboarding = onboarding;
        this.payouts = payouts;
    }

    /** Whether payouts need setting up here at all (a real provider is configured). */
    @PreAuthorize("permitAll()")
    public boolean available() {
        return onboarding.isPresent();
    }

    public PayoutStatus myStatus() {
        return onboarding.map(o -> o.status(AccountPrincipal.currentUserId())).orElse(PayoutStatus.NOT_STARTED);
    }

    /** Where the signed-in freelancer sets up (or continues setting up) payouts on the provider's pages. */
    public URI startOnboarding() {
        return required().onboardingLink(AccountPrincipal.currentUserId());
    }

    /** After the freelancer came back from the provider's pages: their status as the provider sees it now. */
    public PayoutStatus refreshMyStatus() {
        return required().refresh(AccountPrincipal.currentUserId());
    }

    /** The signed-in freelancer's payout schedule; weekly until they choose otherwise. */
    public PayoutSchedule mySchedule() {
        return payouts.schedule(AccountPrincipal.currentUserId());
    }

    /** Changes the signed-in freelancer's schedule; takes effect with the next weekly run or request. */
    public void changeMySchedule(PayoutSchedule schedule) {
        if (schedule == null) {
            throw InvalidInputException.of("schedule", "payouts.schedule.required");
        }
        payouts.schedule(AccountPrincipal.currentUserId(), schedule);
    }

    /** Per currency: the signed-in freelancer's available balance, how much can go out now, and the minimum. */
    public List<PayoutBalance> myBalances() {
        return payouts.balances(AccountPrincipal.currentUserId());
    }

    /**
     * Pays the signed-in freelancer's balance in the currency out now (the "on request" schedule). A double click
     * gets the first payout back; nothing is paid twice.
     *
     * @throws org.gigforge.platform.UserFacingException when they are on the weekly schedule, below the minimum,
     *         still waiting for onboarding, or the provider refused or cannot be reached (nothing changed; try again)
     */
    public Payout payOutNow(Currency currency) {
        if (currency == null) {
            throw InvalidInputException.of("currency", "payouts.currency.required");
        }
        return payouts.request(AccountPrincipal.currentUserId(), currency);
    }

    /** The signed-in freelancer's payouts, newest first. */
    public List<Payout> myPayouts(Pageable page) {
        Pageable capped = Paging.capped(page, PaymentService.MAX_PAGE_SIZE);
        return payouts.payouts(AccountPrincipal.currentUserId(), (int) capped.getOffset(), capped.getPageSize());
    }

    public long countMyPayouts() {
        return payouts.countPayouts(AccountPrincipal.currentUserId());
    }

    private PayoutOnboarding required() {
        return onboarding.orElseThrow(() -> new PaymentProviderException("payment.payouts.unavailable"));
    }
}
