package org.gigforge.subscription.internal;

import java.util.Map;
import java.util.Set;
import org.gigforge.account.Role;
import org.gigforge.subscription.PlanFeature;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gigforge.subscriptions.*}: the free limits and the plans on sale.
 *
 * @param freeOpenJobs how many open jobs a client without a plan may have
 * @param plans by code: {@code gigforge.subscriptions.plans.business.audience=CLIENT} and so on
 */
@ConfigurationProperties("gigforge.subscriptions")
public record SubscriptionProperties(@DefaultValue("10") int freeOpenJobs, @DefaultValue Map<String, PlanProperties> plans) {

    /**
     * One plan.
     *
     * @param name the product's name, the same in every language
     * @param price the monthly price in minor units of {@code currency}
     * @param stripePriceId Stripe's recurring price; without it the plan cannot be bought through Stripe
     * @param openJobs a number or {@code unlimited}; empty: the free limit
     */
    public record PlanProperties(Role audience, String name, long price, @DefaultValue("EUR") String currency,
            @Nullable String stripePriceId, @Nullable String openJobs, @DefaultValue Set<PlanFeature> features) {}
}
