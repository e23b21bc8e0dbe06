package org.gigforge.subscription.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gigforge.account.Role;
import org.gigforge.platform.Money;
import org.gigforge.subscription.Entitlements;
import org.gigforge.subscription.Plan;
import org.gigforge.subscription.PlanFeature;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** The plans of the configuration, checked once at start-up so a mistake stops the application, not a purchase. */
@Component
@EnableConfigurationProperties(SubscriptionProperties.class)
public class Plans {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private final int freeOpenJobs;

    Plans(SubscriptionProperties properties) {
        if (properties.freeOpenJobs() < 1) {
            throw new IllegalStateException("gigforge.subscriptions.free-open-jobs must be at least 1");
        }
        this.freeOpenJobs = properties.freeOpenJobs();
        properties.plans().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String code = entry.getKey();
            var p = entry.getValue();
            String where = "gigforge.subscriptions.plans." + code;
            if (!CODE.matcher(code).matches()) {
                throw new IllegalStateException(where + ": a plan's code has lowercase letters, digits and hyphens");
            }
            if (p.audience() == null || p.audience() == Role.ADMIN) {
                throw new IllegalStateException(where + ".audience: CLIENT or FREELANCER");
            }
            if (p.price() < 0 || !StringUtils.hasText(p.name()) || p.features() == null) {
                throw new IllegalStateException(where + ": a name and a price of at least 0 are needed");
            }
            for (PlanFeature feature : p.features()) {
                if (feature.audience() != p.audience()) {
                    throw new IllegalStateException(where + ".features: " + feature + " is for " + feature.audience());
                }
            }
            Integer openJobs = openJobs(where, p.openJobs());
            if (openJobs != null && p.audience() != Role.CLIENT) {
                throw new IllegalStateException(where + ".open-jobs: only clients post jobs");
            }
            plans.put(code, new Plan(code, p.audience(), p.name().strip(), Money.of(p.price(), p.currency()),
                    StringUtils.hasText(p.stripePriceId()) ? p.stripePriceId().strip() : null, openJobs, p.features()));
        });
    }

    private static Integer openJobs(String where, String value) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        if ("unlimited".equalsIgnoreCase(value.strip())) {
            return Entitlements.UNLIMITED;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(where + ".open-jobs: a number of at least 1, or unlimited");
    }

    public Collection<Plan> all() {
        return plans.values();
    }

    public List<Plan> forAudience(Role audience) {
        return plans.values().stream().filter(plan -> plan.audience() == audience).toList();
    }

    public Optional<Plan> byCode(String code) {
        return Optional.ofNullable(plans.get(code));
    }

    public Optional<Plan> byStripePrice(String priceId) {
        return plans.values().stream().filter(plan -> priceId.equals(plan.stripePriceId())).findFirst();
    }

    public int freeOpenJobs() {
        return freeOpenJobs;
    }

    /** What holding these plans entitles to, on top of the free limits. */
    public Entitlements entitlements(List<Plan> held) {
        int openJobs = freeOpenJobs;
        var features = new java.util.HashSet<PlanFeature>();
        for (Plan plan : held) {
            if (plan.openJobs() != null) {
                openJobs = Math.max(openJobs, plan.openJobs());
            }
            features.addAll(plan.features());
        }
        return new Entitlements(openJobs, features, held.stream().map(Plan::code).toList());
    }
}
