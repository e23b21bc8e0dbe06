package org.gigforge.subscription;

import java.util.Set;
import org.gigforge.account.Role;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/**
 * A plan of the configuration, billed monthly.
 *
 * @param code stable name in configuration and with the provider ({@code business})
 * @param name the product's name, shown as is in every language ({@code Business})
 * @param stripePriceId the recurring price at Stripe; without it the plan is offered in demo mode only
 * @param openJobs how many open jobs a subscriber may have ({@link Entitlements#UNLIMITED} for no limit); null when
 *        the plan does not change the free limit
 */
public record Plan(String code, Role audience, String name, Money monthlyPrice, @Nullable String stripePriceId,
        @Nullable Integer openJobs, Set<PlanFeature> features) {

    public Plan {
        features = Set.copyOf(features);
    }
}
