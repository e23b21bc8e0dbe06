package org.gigforge.messaging.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.gigforge.account.Role;
import org.gigforge.file.FileService;
import org.gigforge.messaging.Conversation;
import org.gigforge.messaging.ConversationId;
import org.gigforge.messaging.LiveMessaging;
import org.gigforge.messaging.MessagingService;
import org.gigforge.messaging.MessagingSignal;
import org.gigforge.messaging.PresenceService;
import org.gigforge.platform.ClusterBus;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.jspecify.annotations.Nullable;

/**
 * The member's conversations beside the open one. Everything arrives live: a signal from the cluster bus (a new
 * message, typing, a read receipt, presence) reaches this view on whichever node serves it, and the view reloads
 * what changed from the database under {@code ui.access}. On a phone only one side shows at a time.
 */
@Route("messages/:conversationId?")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER, Role.Names.ADMIN})
@Menu(title = "nav.messages", order = 14, icon = "vaadin:chat")
public class MessagesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How many conversations the list shows. */
    static final int LIST_SIZE = 50;

    private final transient MessagingService messaging;
    private final transient LiveMessaging live;
    private final transient PresenceService presence;
    private final transient FileService files;
    private final transient Clock clock;
    private final Div list = new Div();
    private final Div detail = new Div();
    private @Nullable ConversationPanel panel;
    private transient ClusterBus.@Nullable Subscription subscription;

    MessagesView(MessagingService messaging, LiveMessaging live, PresenceService presence, FileService files, Clock clock) {
        this.messaging = messaging;
        this.live = live;
        this.presence = presence;
        this.files = files;
        this.clock = clock;
        setId("messages");
        addClassName("gf-messages");
        list.addClassName("gf-conversation-list");
        list.setId("conversation-list");
        detail.addClassName("gf-conversation-detail");
        add(list, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("conversationId").map(ConversationId::new);
        detail.removeAll();
        panel = null;
        if (id.isPresent()) {
            try {
                Conversation conversation = messaging.conversation(id.get());
                panel = new ConversationPanel(messaging, presence, files, clock, conversation);
                detail.add(panel);
                addClassName("gf-messages--open");
            } catch (UserFacingException notReadable) {
                detail.add(new Paragraph(getTranslation(notReadable.messageKey())));
                addClassName("gf-messages--open");
            }
        } else {
            removeClassName("gf-messages--open");
            var choose = new Paragraph(getTranslation("messaging.choose"));
            choose.addClassName("gf-muted");
            detail.add(choose);
        }
        refreshList();
    }

    private void refreshList() {
        list.removeAll();
        var title = new H1(getTranslation("messaging.title"));
        list.add(title);
        List<Conversation> conversations = messaging.myConversations(LIST_SIZE);
        if (conversations.isEmpty()) {
            var empty = new Paragraph(getTranslation("messaging.empty"));
            empty.addClassName("gf-muted");
            list.add(empty);
            return;
        }
        ConversationId open = panel == null ? null : panel.conversationId();
        for (Conversation conversation : conversations) {
            list.add(entry(conversation, conversation.id().equals(open)));
        }
    }

    private Div entry(Conversation conversation, boolean open) {
        var name = new Span(conversation.otherName());
        name.addClassName("gf-conversation-name");
        var subject = new Span(getTranslation("messaging.subject." + conversation.kind().name(), conversation.title()));
        subject.addClassName("gf-muted");
        var text = new Div(name, subject);
        text.addClassName("gf-conversation-text");
        var entry = new Div(text);
        if (conversation.unread() > 0) {
            var unread = Chips.badge(Long.toString(conversation.unread()), "unread");
            unread.addClassName("gf-unread-badge");
            unread.getElement().setAttribute("aria-label", getTranslation("messaging.unread", conversation.unread()));
            entry.add(unread);
        }
        entry.addClassName("gf-conversation-entry");
        if (open) {
            entry.addClassName("gf-conversation-entry--open");
        }
        entry.setId("conversation-" + conversation.id());
        entry.getElement().setAttribute("role", "link");
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("messages/" + conversation.id())));
        return entry;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = live.listen(signal -> ui.access(() -> handle(signal)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(event);
    }

    /** One signal from the bus, on the UI's thread. */
    void handle(MessagingSignal signal) {
        ConversationPanel current = panel;
        if (current != null) {
            current.handle(signal);
        }
        if (signal instanceof MessagingSignal.MessagePosted || signal instanceof MessagingSignal.ReadUpTo) {
            refreshList();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.title") + " · Gigforge";
    }
}
