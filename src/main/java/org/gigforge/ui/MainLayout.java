package org.gigforge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import com.vaadin.flow.component.DetachEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.messaging.LiveMessaging;
import org.gigforge.messaging.MessagingService;
import org.gigforge.messaging.MessagingSignal;
import org.gigforge.messaging.PresenceService;
import org.gigforge.notification.LiveNotifications;
import org.gigforge.notification.PushService;
import org.gigforge.notification.NotificationService;
import org.gigforge.notification.ui.NotificationBell;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.ui.Formats;

/**
 * The frame around every view: brand, navigation built from the views the signed-in member may
 * open (each view's {@code @Menu} and its access annotation decide), and the user menu. For members also the
 * notification bell and the unread-message count beside "Messages", both kept live over the cluster bus, and
 * their presence (online while a tab is open and they are active).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient AccountService accounts;
    private final transient MessagingService messaging;
    private final transient LiveMessaging liveMessaging;
    private final transient PresenceService presence;
    private final transient NotificationService notifications;
    private final transient LiveNotifications liveNotifications;
    private final transient PushService push;
    private final transient Clock clock;
    private final SideNav navigation = new SideNav();
    private final DrawerToggle toggle = new DrawerToggle();
    private final Span unreadMessages = new Span();
    private final transient List<ClusterBus.Subscription> subscriptions = new ArrayList<>();

    MainLayout(AuthenticationContext authentication, AccountService accounts, MessagingService messaging,
            LiveMessaging liveMessaging, PresenceService presence, NotificationService notifications,
            LiveNotifications liveNotifications, PushService push, Clock clock) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.messaging = messaging;
        this.liveMessaging = liveMessaging;
        this.presence = presence;
        this.notifications = notifications;
        this.liveNotifications = liveNotifications;
        this.push = push;
        this.clock = clock;
        unreadMessages.addClassNames("gf-badge", "gf-badge-unread", "gf-nav-unread");
        unreadMessages.setId("nav-unread-messages");
        setPrimarySection(Section.NAVBAR);
        addClassName("gf-main-layout");

        var brand = new Anchor("", "Gigforge");
        brand.addClassName("gf-brand");
        brand.getElement().setAttribute("aria-label", getTranslation("app.home"));

        var spacer = new Div();
        spacer.addClassName("gf-spacer");

        var bar = new HorizontalLayout(brand, spacer, actions());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("gf-navbar");
        bar.setSpacing(false);

        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, bar);

        navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        navigation.addClassName("gf-side-nav");
        addToDrawer(navigation);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        buildNavigation();
        UI ui = event.getUI();
        if (authentication.isAuthenticated()) {
            subscriptions.add(presence.connect());
            subscriptions.add(liveMessaging.listen(signal -> {
                if (signal instanceof MessagingSignal.MessagePosted || signal instanceof MessagingSignal.ReadUpTo) {
                    ui.access(this::showUnreadMessages);
                }
            }));
        }
        VaadinSession session = event.getSession();
        if (session.getAttribute(Formats.TIME_ZONE_ATTRIBUTE) == null) {
            ui.getPage().retrieveExtendedClientDetails(details -> {
                try {
                    session.setAttribute(Formats.TIME_ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
                } catch (DateTimeException | NullPointerException unknownZone) {
                    session.setAttribute(Formats.TIME_ZONE_ATTRIBUTE, ZoneId.of("UTC"));
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        subscriptions.forEach(ClusterBus.Subscription::close);
        subscriptions.clear();
        super.onDetach(event);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Re-read: a member who just added a role sees the new entries at once.
        buildNavigation();
        if (authentication.isAuthenticated()) {
            presence.active();
        }
    }

    /** The unread count beside "Messages", or nothing when all is read. */
    private void showUnreadMessages() {
        long unread = authentication.isAuthenticated() ? messaging.unreadTotal() : 0;
        unreadMessages.setText(unread > 99 ? "99+" : Long.toString(unread));
        unreadMessages.setVisible(unread > 0);
        unreadMessages.getElement().setAttribute("aria-label", getTranslation("messaging.unread", unread));
    }

    private void buildNavigation() {
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            if (entry.path().replaceFirst("^/", "").equals("messages")) {
                item.setSuffixComponent(unreadMessages);
                showUnreadMessages();
            }
            navigation.addItem(item);
        }
        // Visitors have nothing to navigate to yet: no empty drawer for them.
        boolean any = navigation.getItems().size() > 0;
        toggle.setVisible(any);
        setDrawerOpened(any && isDrawerOpened());
    }

    private Component actions() {
        if (!authentication.isAuthenticated()) {
            var login = new Button(getTranslation("nav.login"), e -> UI.getCurrent().navigate("login"));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            login.setId("nav-login");
            var signup = new Button(getTranslation("nav.signup"), e -> UI.getCurrent().navigate("signup"));
            signup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signup.setId("nav-signup");
            var buttons = new HorizontalLayout(login, signup);
            buttons.setSpacing(true);
            return buttons;
        }
        AccountSummary me = accounts.currentAccount();
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        var avatar = new Avatar(me.name());
        avatar.addClassName("gf-avatar");
        var trigger = new HorizontalLayout(avatar, new Span(me.name()));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.addClassName("gf-user-trigger");
        MenuItem root = menu.addItem(trigger);
        root.setAriaLabel(getTranslation("nav.user-menu"));
        SubMenu sub = root.getSubMenu();
        var who = sub.addItem(me.email());
        who.setEnabled(false);
        sub.addItem(icon(VaadinIcon.USER, getTranslation("nav.account")), e -> UI.getCurrent().navigate("account"))
                .setId("menu-account");
        SubMenu language = sub.addItem(icon(VaadinIcon.GLOBE, getTranslation("nav.language"))).getSubMenu();
        language.addItem("English", e -> switchLocale(Locale.ENGLISH));
        language.addItem("Deutsch", e -> switchLocale(Locale.GERMAN));
        sub.addItem(icon(VaadinIcon.ADJUST, getTranslation("nav.theme")), e -> toggleTheme());
        sub.addItem(icon(VaadinIcon.SIGN_OUT, getTranslation("nav.logout")), e -> authentication.logout())
                .setId("menu-logout");
        var bell = new NotificationBell(notifications, liveNotifications, push, clock);
        var memberActions = new HorizontalLayout(bell, menu);
        memberActions.setAlignItems(FlexComponent.Alignment.CENTER);
        memberActions.setSpacing(false);
        return memberActions;
    }

    private static Component icon(VaadinIcon icon, String text) {
        var row = new HorizontalLayout(icon.create(), new Span(text));
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static void switchLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    private void toggleTheme() {
        getElement().executeJs("""
                const dark = document.documentElement.getAttribute('theme') === 'dark';
                if (dark) { document.documentElement.removeAttribute('theme'); } else { document.documentElement.setAttribute('theme', 'dark'); }
                try { localStorage.setItem('gigforge-theme', dark ? 'light' : 'dark'); } catch (e) {}""");
    }
}
