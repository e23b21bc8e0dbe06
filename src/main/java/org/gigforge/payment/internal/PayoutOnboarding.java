package org.gigforge.payment.internal;

import java.net.URI;
import org.gigforge.account.UserId;
import org.gigforge.payment.PayoutStatus;

/** A real provider's payout onboarding of freelancers (Stripe Connect); absent with the demo provider. */
public interface PayoutOnboarding {

    PayoutStatus status(UserId freelancer);

    /** Where the freelancer continues onboarding on the provider's pages; their account is made on first use. */
    URI onboardingLink(UserId freelancer);

    /** Asks the provider for the account's status now (after the freelancer came back) and keeps it. */
    PayoutStatus refresh(UserId freelancer);
}
