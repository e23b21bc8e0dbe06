package org.gigforge.subscription.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.Role;
import org.gigforge.platform.ui.Formats;
import org.gigforge.subscription.Entitlements;
import org.gigforge.subscription.MySubscription;
import org.gigforge.subscription.Plan;
import org.gigforge.subscription.PlanFeature;

/** What a plan includes and where a subscription stands, in the member's language. */
final class PlanTexts {

    private PlanTexts() {}

    static String price(Component view, Plan plan) {
        return view.getTranslation("plans.per-month", Formats.money(plan.monthlyPrice()));
    }

    /** One line per entitlement the plan really grants; nothing it does not. */
    static List<String> includes(Component view, Plan plan, int freeOpenJobs) {
        var lines = new ArrayList<String>();
        if (plan.openJobs() != null) {
            lines.add(plan.openJobs() == Entitlements.UNLIMITED
                    ? view.getTranslation("plans.includes.open-jobs.unlimited", freeOpenJobs)
                    : view.getTranslation("plans.includes.open-jobs", plan.openJobs(), freeOpenJobs));
        }
        for (PlanFeature feature : PlanFeature.values()) {
            if (plan.features().contains(feature)) {
                lines.add(view.getTranslation("plans.includes." + feature.name()));
            }
        }
        return lines;
    }

    static String audience(Component view, Role audience) {
        return view.getTranslation("plans.audience." + audience.name());
    }

    static String status(Component view, MySubscription s) {
        String until = Formats.date(s.currentPeriodEnd());
        if (!s.entitled()) {
            return view.getTranslation("plans.status.ended", view.getTranslation("plans.state." + s.status().name()));
        }
        if (s.cancelAtPeriodEnd()) {
            return view.getTranslation("plans.status.ends", until);
        }
        return switch (s.status()) {
            case PAST_DUE -> view.getTranslation("plans.status.past-due", until);
            case TRIALING -> view.getTranslation("plans.status.trial", until);
            default -> view.getTranslation("plans.status.renews", until);
        };
    }
}
