package org.gigforge.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.AccountPageSection;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.profile.ProfileAddress;
import org.gigforge.profile.ProfileAddressService;
import org.gigforge.profile.ProfileViewService;
import org.gigforge.profile.ProfileViews;
import org.gigforge.subscription.Entitlements;
import org.gigforge.subscription.PlanFeature;
import org.gigforge.subscription.SubscriptionService;

/**
 * On a freelancer's account page: their own profile address and their profile's daily views — for a plan that
 * includes them; otherwise a pointer to the plans. The chart is plain bars drawn on the server.
 */
@org.springframework.stereotype.Component
class PlusProfileSection implements AccountPageSection {

    private final ProfileAddressService addresses;
    private final ProfileViewService views;
    private final SubscriptionService subscriptions;

    PlusProfileSection(ProfileAddressService addresses, ProfileViewService views, SubscriptionService subscriptions) {
        this.addresses = addresses;
        this.views = views;
        this.subscriptions = subscriptions;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create() {
        if (AccountPrincipal.current().filter(me -> me.hasRole(Role.FREELANCER)).isEmpty()) {
            var nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        var section = new Section();
        section.addClassName("gf-card");
        section.setId("profile-plus");
        section.add(new H2(section.getTranslation("profile.plus.title")));
        Entitlements entitled = subscriptions.myEntitlements();
        if (!entitled.has(PlanFeature.CUSTOM_PROFILE_URL) && !entitled.has(PlanFeature.PROFILE_ANALYTICS)) {
            var hint = new Paragraph(section.getTranslation("profile.plus.without"));
            hint.setId("profile-plus-hint");
            section.add(hint, new Anchor("plans", section.getTranslation("plans.account.link")));
            return section;
        }
        if (entitled.has(PlanFeature.CUSTOM_PROFILE_URL)) {
            section.add(addressForm(section));
        }
        if (entitled.has(PlanFeature.PROFILE_ANALYTICS)) {
            section.add(chart(section, views.myViews()));
        }
        return section;
    }

    private Div addressForm(Section section) {
        var field = new TextField(section.getTranslation("profile.address.label"));
        field.setId("profile-address");
        field.setPrefixComponent(new Span("/" + ProfileAddress.PREFIX));
        field.setMaxLength(30);
        field.setHelperText(section.getTranslation("profile.address.help"));
        var link = new Anchor();
        link.setId("profile-address-link");
        addresses.myAddress().ifPresent(address -> {
            field.setValue(address.slug());
            link.setHref(address.path());
            link.setText("/" + address.path());
        });
        var save = new Button(section.getTranslation("profile.address.save"), click -> {
            FormErrors.clear(Map.of("address", field));
            try {
                ProfileAddress saved = addresses.setMyAddress(field.getValue());
                field.setValue(saved.slug());
                link.setHref(saved.path());
                link.setText("/" + saved.path());
                FormErrors.success(section.getTranslation("profile.address.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(section, refused, Map.of("address", field));
            }
        });
        save.setId("profile-address-save");
        var form = new Div(field, save, link);
        form.addClassName("gf-address-form");
        return form;
    }

    private Div chart(Section section, ProfileViews counted) {
        var bars = new Div();
        bars.addClassName("gf-bars");
        bars.setId("profile-views-chart");
        bars.getElement().setAttribute("role", "img");
        bars.getElement().setAttribute("aria-label",
                section.getTranslation("profile.views.total", counted.total(), ProfileViewService.DAYS));
        int most = Math.max(1, counted.most());
        for (ProfileViews.Day day : counted.days()) {
            var bar = new Div();
            bar.addClassName("gf-bar");
            bar.getStyle().set("height", (day.views() * 100 / most) + "%");
            bar.getElement().setAttribute("title", Formats.date(day.date()) + ": " + day.views());
            bars.add(bar);
        }
        var total = new Paragraph(section.getTranslation("profile.views.total", counted.total(), ProfileViewService.DAYS));
        total.setId("profile-views-total");
        return new Div(new H3(section.getTranslation("profile.views.title")), total, bars);
    }
}
