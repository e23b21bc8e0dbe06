package org.gigforge.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.webpush.WebPush;
import com.vaadin.flow.server.webpush.WebPushSubscription;
import org.gigforge.notification.PushService;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * "Notifications on this device": turns browser push on or off for the browser this page runs in. The browser asks
 * the member for permission; a refusal there is the member's to undo in the browser, which the text then says.
 * Hidden where push is off on the installation.
 */
public class DevicePushSwitch extends Div {

    private final transient PushService push;
    private final transient @Nullable WebPush webPush;
    private final Span state = new Span();
    private final Button toggle = new Button();
    private boolean subscribed;

    public DevicePushSwitch(PushService push) {
        this.push = push;
        this.webPush = push.browserSide().orElse(null);
        setId("device-push");
        addClassName("gf-device-push");
        setVisible(webPush != null);
        state.addClassName("gf-muted");
        state.setId("device-push-state");
        toggle.setId("device-push-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.setIcon(VaadinIcon.MOBILE.create());
        toggle.addClickListener(click -> change());
        add(state, toggle);
        show(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (webPush != null) {
            UI ui = event.getUI();
            webPush.subscriptionExists(ui, exists -> show(exists));
            webPush.isNotificationDenied(ui, denied -> {
                if (denied) {
                    state.setText(getTranslation("push.device.blocked"));
                    toggle.setVisible(false);
                }
            });
        }
    }

    private void change() {
        if (webPush == null) {
            return;
        }
        UI ui = UI.getCurrent();
        if (subscribed) {
            webPush.unsubscribe(ui, subscription -> {
                if (subscription != null && subscription.endpoint() != null) {
                    push.unsubscribe(subscription.endpoint());
                }
                show(false);
            });
        } else {
            webPush.subscribe(ui, subscription -> register(ui, subscription));
        }
    }

    private void register(UI ui, WebPushSubscription subscription) {
        try {
            push.subscribe(subscription.endpoint(), subscription.keys().p256dh(), subscription.keys().auth(),
                    ui.getSession().getBrowser().getBrowserApplication());
            show(true);
        } catch (UserFacingException refused) {
            FormErrors.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    void show(boolean on) {
        subscribed = on;
        state.setText(getTranslation(on ? "push.device.on" : "push.device.off"));
        toggle.setText(getTranslation(on ? "push.device.turn-off" : "push.device.turn-on"));
        toggle.setVisible(true);
    }
}
