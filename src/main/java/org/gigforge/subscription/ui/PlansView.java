package org.gigforge.subscription.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.subscription.MySubscription;
import org.gigforge.subscription.Plan;
import org.gigforge.subscription.SubscriptionPayment;
import org.gigforge.subscription.SubscriptionService;
import org.gigforge.subscription.Subscribing;

/**
 * The plans for the member's roles: what each includes (and that none changes search ranking), the price, the
 * member's subscription and what they can do with it — subscribe, cancel or resume (demo), manage at the provider.
 */
@Route("plans")
@PermitAll
@Menu(title = "nav.plans", order = 16, icon = "vaadin:star-o")
public class PlansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SubscriptionService subscriptions;
    private final Div content = new Div();

    PlansView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("gf-page");
        setId("plans");
        add(new ViewHeader(getTranslation("nav.plans"), getTranslation("plans.lead")));
        if (subscriptions.demo()) {
            var demo = new Paragraph(getTranslation("plans.demo"));
            demo.setId("plans-demo");
            demo.addClassName("gf-notice");
            add(demo);
        }
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getSingleParameter("subscribed").isPresent()) {
            var thanks = new Paragraph(getTranslation("plans.returned"));
            thanks.setId("plans-returned");
            thanks.addClassName("gf-notice");
            addComponentAtIndex(1, thanks);
        }
        render();
    }

    private void render() {
        content.removeAll();
        List<Plan> plans = subscriptions.myPlans();
        List<MySubscription> mine = subscriptions.mySubscriptions();
        if (plans.isEmpty()) {
            var none = new Paragraph(getTranslation("plans.none"));
            none.setId("plans-none");
            content.add(none);
            return;
        }
        var cards = new Div();
        cards.addClassName("gf-plans");
        for (Plan plan : plans) {
            cards.add(card(plan, mine));
        }
        content.add(cards);
        var fairness = new Paragraph(getTranslation("plans.no-ranking"));
        fairness.setId("plans-no-ranking");
        fairness.addClassName("gf-muted");
        content.add(fairness);
        List<SubscriptionPayment> payments = subscriptions.myPayments();
        if (!payments.isEmpty()) {
            var list = new UnorderedList();
            list.setId("plans-payments");
            list.addClassName("gf-history");
            for (SubscriptionPayment p : payments) {
                String plan = Optional.ofNullable(p.planCode()).flatMap(code -> plans.stream()
                        .filter(x -> x.code().equals(code)).findFirst()).map(Plan::name).orElse("");
                list.add(new ListItem(new Span(Formats.date(p.at()) + " · " + plan + " · " + Formats.money(p.amount())
                        + " · " + getTranslation(p.paid() ? "plans.payment.paid" : "plans.payment.failed"))));
            }
            content.add(new H2(getTranslation("plans.payments")), list);
        }
    }

    private Section card(Plan plan, List<MySubscription> mine) {
        var section = new Section();
        section.addClassNames("gf-card", "gf-plan");
        section.setId("plan-" + plan.code());
        var audience = new Span(PlanTexts.audience(this, plan.audience()));
        audience.addClassName("gf-muted");
        var price = new Paragraph(PlanTexts.price(this, plan));
        price.addClassName("gf-plan-price");
        var includes = new UnorderedList();
        PlanTexts.includes(this, plan, subscriptions.freeOpenJobs()).forEach(line -> includes.add(new ListItem(line)));
        section.add(audience, new H3(plan.name()), price, includes);

        Optional<MySubscription> current = mine.stream()
                .filter(s -> s.plan().code().equals(plan.code()) && s.entitled()).findFirst();
        boolean otherHeld = mine.stream().anyMatch(s -> s.entitled() && s.plan().audience() == plan.audience()
                && !s.plan().code().equals(plan.code()));
        if (current.isPresent()) {
            MySubscription s = current.get();
            var status = new Paragraph(PlanTexts.status(this, s));
            status.setId("plan-" + plan.code() + "-status");
            status.addClassName("gf-plan-status");
            section.add(status);
            if (s.demo()) {
                var change = s.cancelAtPeriodEnd()
                        ? new Button(getTranslation("plans.resume"), click -> act(() -> subscriptions.resume(s.id()),
                                "plans.resumed"))
                        : new Button(getTranslation("plans.cancel"), click -> act(() -> subscriptions.cancel(s.id()),
                                "plans.cancelled"));
                change.setId("plan-" + plan.code() + (s.cancelAtPeriodEnd() ? "-resume" : "-cancel"));
                section.add(change);
            } else {
                var manage = new Button(getTranslation("plans.manage"), click -> {
                    try {
                        UI.getCurrent().getPage().setLocation(subscriptions.manage());
                    } catch (UserFacingException refused) {
                        FormErrors.show(this, refused, Map.of());
                    }
                });
                manage.setId("plan-" + plan.code() + "-manage");
                section.add(manage);
            }
        } else {
            var subscribe = new Button(getTranslation("plans.subscribe", plan.name()), click -> subscribe(plan));
            subscribe.setId("plan-" + plan.code() + "-subscribe");
            subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            subscribe.setDisableOnClick(true);
            subscribe.setEnabled(!otherHeld);
            section.add(subscribe);
        }
        return section;
    }

    private void subscribe(Plan plan) {
        try {
            switch (subscriptions.subscribe(plan.code())) {
                case Subscribing.Activated activated -> {
                    FormErrors.success(getTranslation("plans.activated", plan.name()));
                    render();
                }
                case Subscribing.PayAt pay -> UI.getCurrent().getPage().setLocation(pay.page());
            }
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
            render();
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FormErrors.success(getTranslation(done));
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plans") + " · Gigforge";
    }
}
