package org.gigforge.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import org.gigforge.notification.LiveNotifications;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationService;
import org.gigforge.notification.PushService;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the navigation bar: the unread count, kept live over the cluster bus (a notification created on any
 * node, or read in another tab, updates every open tab), and the newest notifications in a popover; opening one
 * marks it read and goes to what it is about.
 */
public class NotificationBell extends Div {

    /** How many notifications the popover lists. */
    static final int SHOWN = 20;

    private final transient NotificationService notifications;
    private final transient LiveNotifications live;
    private final transient Clock clock;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private transient ClusterBus.@Nullable Subscription subscription;

    public NotificationBell(NotificationService notifications, LiveNotifications live, PushService push, Clock clock) {
        this.notifications = notifications;
        this.live = live;
        this.clock = clock;
        addClassName("gf-bell");
        setId("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell-button");
        count.addClassName("gf-bell-count");
        count.setId("notification-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);

        var markAll = new Button(getTranslation("notification.mark-all-read"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.setId("notification-mark-all");
        var header = new Div(new H2(getTranslation("notification.bell")), markAll);
        header.addClassName("gf-bell-header");
        list.addClassName("gf-bell-list");
        list.setId("notification-list");
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notification.bell"));
        popover.addClassName("gf-bell-popover");
        popover.add(header, list, new DevicePushSwitch(push));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fillList();
            }
        });
        add(popover);
    }

    /** Re-reads the count (and the list when it is open) from the database. */
    public void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(unread > 0 ? getTranslation("notification.bell.unread", unread) : getTranslation("notification.bell"));
        if (popover.isOpened()) {
            fillList();
        }
    }

    /** The unread count as shown, for tests and the page title. */
    public long shownCount() {
        return count.isVisible() ? Long.parseLong(count.getText().replace("+", "")) : 0;
    }

    private void fillList() {
        list.removeAll();
        var recent = notifications.recent(SHOWN);
        if (recent.isEmpty()) {
            var empty = new Paragraph(getTranslation("notification.empty"));
            empty.addClassName("gf-muted");
            list.add(empty);
        }
        recent.forEach(n -> list.add(item(n)));
    }

    private Div item(Notification notification) {
        var text = new Span(getTranslation(notification.messageKey(), notification.args().toArray()));
        var when = new Span(Formats.ago(this, notification.createdAt(), clock.instant()));
        when.addClassName("gf-muted");
        var item = new Div(text, when);
        item.addClassName("gf-bell-item");
        if (notification.unread()) {
            item.addClassName("gf-bell-item--unread");
        }
        item.setId("notification-" + notification.id());
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(click -> {
            if (notification.unread()) {
                notifications.markRead(notification.id());
            }
            popover.close();
            refresh();
            getUI().ifPresent(ui -> ui.navigate(notification.link()));
        });
        return item;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
        UI ui = event.getUI();
        subscription = live.listen(signal -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }
}
