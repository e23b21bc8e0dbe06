package org.gigforge.subscription.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.gigforge.subscription.MySubscription;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.platform.ui.AccountPageSection;

/** On the account page: the member's plan, if any, and the way to the plans page. */
@org.springframework.stereotype.Component
class PlanSection implements AccountPageSection {

    private final SubscriptionService subscriptions;

    PlanSection(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        if (subscriptions.myPlans().isEmpty()) {
            // Admins have no plans to choose from.
            var nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        var section = new Section();
        section.addClassName("gf-card");
        section.setId("account-plan");
        section.add(new H2(section.getTranslation("plans.account.title")));
        var current = subscriptions.mySubscriptions().stream().filter(MySubscription::entitled).toList();
        if (current.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("plans.account.free")));
        } else {
            current.forEach(s -> section.add(new Paragraph(s.plan().name() + (s.demo()
                    ? " (" + section.getTranslation("plans.demo.short") + ")" : "") + ": " + PlanTexts.status(section, s))));
        }
        var link = new Anchor("plans", section.getTranslation("plans.account.link"));
        link.setId("account-plans-link");
        section.add(link);
        return section;
    }
}
