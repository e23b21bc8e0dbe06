package org.gigforge.payment;

import java.net.URI;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.payment.internal.PayoutOnboarding;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A freelancer's payout set-up with the payment provider. With Stripe, released money is transferred to the
 * freelancer's Express account once its onboarding is complete; until then it waits in their balance. The demo
 * provider has no onboarding ({@link #available()} is false). Each freelancer sees and changes only their own.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
public class PayoutService {

    private final Optional<PayoutOnboarding> onboarding;

    PayoutService(Optional<PayoutOnboarding> onboarding) {
        this.onboarding = onboarding;
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

    private PayoutOnboarding required() {
        return onboarding.orElseThrow(() -> new PaymentProviderException("payment.payouts.unavailable"));
    }
}
