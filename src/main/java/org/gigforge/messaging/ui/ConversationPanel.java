package org.gigforge.messaging.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.file.ui.FilesField;
import org.gigforge.messaging.BlockState;
import org.gigforge.messaging.ChatMessage;
import org.gigforge.messaging.Conversation;
import org.gigforge.messaging.ConversationId;
import org.gigforge.messaging.MessageId;
import org.gigforge.messaging.MessagingService;
import org.gigforge.messaging.MessagingSignal;
import org.gigforge.messaging.Presence;
import org.gigforge.messaging.PresenceService;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * One open conversation: the other person with their presence, the messages (older ones loaded on request),
 * the typing line, and the composer. Signals only say what changed; this panel reads it from the service.
 */
class ConversationPanel extends Div {

    /** Messages per page of history. */
    static final int PAGE = 30;
    /** How long "is typing" stays without a new typing signal. */
    private static final Duration TYPING_SHOWN = Duration.ofSeconds(5);
    /** At most one typing signal per this long while someone types. */
    private static final Duration TYPING_EVERY = Duration.ofSeconds(3);

    private final transient MessagingService messaging;
    private final transient PresenceService presence;
    private final transient Clock clock;
    private Conversation conversation;
    private final Div messages = new Div();
    private final Div thread = new Div();
    private final Div results = new Div();
    private final Button earlier = new Button();
    private final Span presenceLabel = new Span();
    private final Span typing = new Span();
    private final Span seen = new Span();
    private final Span error = new Span();
    private final TextArea text = new TextArea();
    private final @Nullable FilesField attachments;
    private final Div composer = new Div();
    private final MenuBar actions = new MenuBar();
    private long oldestShown = Long.MAX_VALUE;
    private long newestShown;
    private Instant typingUntil = Instant.EPOCH;
    private Instant lastTypingSent = Instant.EPOCH;

    ConversationPanel(MessagingService messaging, PresenceService presence, FileService files, Clock clock,
            Conversation conversation) {
        this.messaging = messaging;
        this.presence = presence;
        this.clock = clock;
        this.conversation = conversation;
        addClassName("gf-conversation");
        setId("conversation");

        add(header(), search());
        earlier.setText(getTranslation("messaging.load-earlier"));
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        earlier.setId("messages-earlier");
        earlier.addClickListener(click -> loadEarlier());
        messages.addClassName("gf-message-list");
        messages.setId("message-list");
        messages.getElement().setAttribute("aria-live", "polite");
        seen.setText(getTranslation("messaging.seen"));
        seen.addClassName("gf-message-seen");
        seen.setId("message-seen");
        thread.addClassName("gf-message-thread");
        thread.add(earlier, messages);
        results.addClassName("gf-message-list");
        results.setId("message-search-results");
        results.setVisible(false);
        typing.addClassName("gf-typing");
        typing.setId("message-typing");
        typing.setVisible(false);
        add(thread, results, typing);

        if (conversation.participant()) {
            attachments = new FilesField(files, FileKind.ATTACHMENT, MessagingService.MAX_ATTACHMENTS);
            attachments.addClassName("gf-message-attachments");
            attachments.upload().setId("message-attach");
            add(composer());
        } else {
            attachments = null;
            var readOnly = new Paragraph(getTranslation("messaging.read-only"));
            readOnly.addClassName("gf-muted");
            add(readOnly);
        }
        loadLatest();
    }

    ConversationId conversationId() {
        return conversation.id();
    }

    private Div header() {
        var back = new Button(VaadinIcon.ARROW_LEFT.create(), click -> getUI().ifPresent(ui -> ui.navigate("messages")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setAriaLabel(getTranslation("messaging.back"));
        back.addClassName("gf-conversation-back");
        var name = new H2(conversation.otherName());
        name.setId("conversation-other");
        presenceLabel.addClassName("gf-presence");
        presenceLabel.setId("conversation-presence");
        showPresence();
        var subject = new Anchor(conversation.link(), getTranslation("messaging.subject." + conversation.kind().name(),
                conversation.title()));
        subject.addClassName("gf-muted");
        var who = new Div(name, presenceLabel, subject);
        who.addClassName("gf-conversation-who");
        var header = new Div(back, who);
        header.addClassName("gf-conversation-header");
        if (conversation.participant()) {
            actions.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
            actions.setId("conversation-actions");
            fillActions();
            header.add(actions);
        }
        return header;
    }

    private void fillActions() {
        actions.removeAll();
        var more = actions.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("messaging.actions"));
        var menu = more.getSubMenu();
        menu.addItem(getTranslation("messaging.report.user", conversation.otherName()),
                click -> report(getTranslation("messaging.report.user", conversation.otherName()),
                        reason -> messaging.reportUser(conversation.id(), reason))).setId("conversation-report");
        boolean blockedByMe = messaging.blockState(conversation.other()) == BlockState.BY_ME;
        menu.addItem(getTranslation(blockedByMe ? "messaging.unblock" : "messaging.block", conversation.otherName()),
                click -> toggleBlock(blockedByMe)).setId("conversation-block");
    }

    private void toggleBlock(boolean blockedByMe) {
        if (blockedByMe) {
            messaging.unblock(conversation.other());
            FormErrors.success(getTranslation("messaging.unblock.done", conversation.otherName()));
        } else {
            messaging.block(conversation.other());
            FormErrors.success(getTranslation("messaging.block.done", conversation.otherName()));
        }
        fillActions();
    }

    private TextField search() {
        var search = new TextField();
        search.setPlaceholder(getTranslation("messaging.search"));
        search.setAriaLabel(getTranslation("messaging.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("message-search");
        search.addClassName("gf-message-search");
        search.addValueChangeListener(e -> showSearch(e.getValue()));
        return search;
    }

    private void showSearch(String words) {
        boolean searching = !words.isBlank();
        thread.setVisible(!searching);
        results.setVisible(searching);
        results.removeAll();
        if (!searching) {
            return;
        }
        var found = messaging.search(conversation.id(), words, ConversationPanel.PAGE);
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("messaging.search.none"));
            none.addClassName("gf-muted");
            results.add(none);
        }
        found.forEach(message -> results.add(bubble(message)));
    }

    private Div composer() {
        text.setAriaLabel(getTranslation("messaging.text.label"));
        text.setPlaceholder(getTranslation("messaging.text.placeholder"));
        text.setMaxLength(MessagingService.MAX_LENGTH);
        text.setWidthFull();
        text.setId("message-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(600);
        text.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isBlank()) {
                typed();
            }
        });
        var send = new Button(getTranslation("messaging.send"), VaadinIcon.PAPERPLANE.create(), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("message-send");
        // Enter writes a new line; Ctrl+Enter sends, as in most mail and chat tools that keep line breaks.
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        error.addClassName("gf-composer-error");
        error.setId("message-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        var row = new Div(text, send);
        row.addClassName("gf-composer-row");
        composer.addClassName("gf-composer");
        composer.add(error, row);
        if (attachments != null) {
            composer.add(attachments);
        }
        return composer;
    }

    private void typed() {
        presence.active();
        Instant now = clock.instant();
        if (now.isAfter(lastTypingSent.plus(TYPING_EVERY))) {
            lastTypingSent = now;
            messaging.typing(conversation.id());
        }
    }

    private void send() {
        error.setVisible(false);
        text.setInvalid(false);
        List<StoredFile> files = attachments == null ? List.of() : attachments.getValue();
        try {
            presence.active();
            messaging.send(conversation.id(), text.getValue(), files.stream().map(StoredFile::id).toList());
            text.clear();
            if (attachments != null) {
                attachments.clear();
            }
            lastTypingSent = Instant.EPOCH;
            showNewer();
        } catch (InvalidInputException invalid) {
            FormErrors.show(this, invalid, Map.of("text", text));
            if (!"text".equals(invalid.field())) {
                showError(invalid);
            }
        } catch (UserFacingException refused) {
            showError(refused);
        }
    }

    private void showError(UserFacingException refused) {
        error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        error.setVisible(true);
    }

    private void loadLatest() {
        messages.removeAll();
        var page = messaging.history(conversation.id(), null, PAGE);
        if (page.isEmpty()) {
            var none = new Paragraph(getTranslation("messaging.no-messages"));
            none.addClassNames("gf-muted", "gf-no-messages");
            messages.add(none);
        }
        page.forEach(message -> messages.add(bubble(message)));
        if (!page.isEmpty()) {
            oldestShown = page.getFirst().id().value();
            newestShown = page.getLast().id().value();
        }
        earlier.setVisible(page.size() == PAGE);
        markRead();
        showSeen();
    }

    private void loadEarlier() {
        var page = messaging.history(conversation.id(), new MessageId(oldestShown), PAGE);
        for (int i = page.size() - 1; i >= 0; i--) {
            messages.addComponentAsFirst(bubble(page.get(i)));
        }
        if (!page.isEmpty()) {
            oldestShown = page.getFirst().id().value();
        }
        earlier.setVisible(page.size() == PAGE);
    }

    /** Appends what arrived since the newest shown message: one signal may stand for several missed ones. */
    private void showNewer() {
        List<ChatMessage> newer = messaging.since(conversation.id(), new MessageId(newestShown));
        if (newer.isEmpty()) {
            return;
        }
        messages.getChildren().filter(c -> c.hasClassName("gf-no-messages")).toList().forEach(messages::remove);
        newer.forEach(message -> messages.add(bubble(message)));
        newestShown = newer.getLast().id().value();
        if (oldestShown == Long.MAX_VALUE) {
            oldestShown = newer.getFirst().id().value();
        }
        if (newer.stream().anyMatch(m -> m.sender().equals(conversation.other()))) {
            typing.setVisible(false);
            markRead();
        }
        showSeen();
    }

    private void markRead() {
        if (conversation.participant() && newestShown > 0) {
            messaging.markRead(conversation.id(), new MessageId(newestShown));
        }
    }

    /** Puts "seen" under the viewer's newest message the other person has read. */
    private void showSeen() {
        seen.getElement().removeFromParent();
        long read = conversation.otherLastRead();
        messages.getChildren()
                .filter(c -> c.hasClassName("gf-message--mine"))
                .filter(c -> ComponentUtil.getData(c, MessageId.class) instanceof MessageId id && id.value() <= read)
                .reduce((first, second) -> second)
                .ifPresent(mine -> ((Div) mine).add(seen));
    }

    private Div bubble(ChatMessage message) {
        boolean mine = !message.sender().equals(conversation.other()) && conversation.participant();
        var bubble = new Div();
        bubble.addClassNames("gf-message", mine ? "gf-message--mine" : "gf-message--theirs");
        bubble.setId("message-" + message.id());
        ComponentUtil.setData(bubble, MessageId.class, message.id());
        var meta = new Span((mine ? "" : message.senderName() + " · ") + Formats.dateTime(message.sentAt()));
        meta.addClassName("gf-message-meta");
        var body = new Div();
        body.addClassName("gf-message-body");
        // Safe by construction: the service escaped the text and allowed only links and line breaks.
        body.getElement().setProperty("innerHTML", message.html());
        bubble.add(meta, body);
        for (StoredFile file : message.attachments()) {
            var link = FileLinks.download(file);
            link.addClassName("gf-message-file");
            bubble.add(link);
        }
        if (!mine && !message.warnings().isEmpty()) {
            String findings = message.warnings().stream().map(f -> getTranslation("messaging.finding." + f.name()))
                    .collect(Collectors.joining(", "));
            var warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("messaging.warning", findings)));
            warning.addClassName("gf-message-warning");
            warning.setId("message-warning-" + message.id());
            bubble.add(warning);
        }
        if (!mine && conversation.participant()) {
            var report = new Button(getTranslation("messaging.report.message"), click -> report(
                    getTranslation("messaging.report.message"), reason -> messaging.reportMessage(message.id(), reason)));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            report.addClassName("gf-message-report");
            report.setId("message-report-" + message.id());
            bubble.add(report);
        }
        return bubble;
    }

    /** Asks why, then files the report; the reason is required. */
    private void report(String title, java.util.function.Consumer<String> file) {
        var reason = new TextArea(getTranslation("messaging.report.reason"));
        reason.setMaxLength(MessagingService.MAX_REASON);
        reason.setWidthFull();
        reason.setId("report-reason");
        var dialog = new Dialog(reason);
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(92vw, 30rem)");
        var sendReport = new Button(getTranslation("messaging.report.send"), click -> {
            try {
                file.accept(reason.getValue());
                dialog.close();
                FormErrors.success(getTranslation("messaging.report.sent"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("reason", reason));
            }
        });
        sendReport.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        sendReport.setId("report-send");
        dialog.getFooter().add(new Button(getTranslation("messaging.report.cancel"), click -> dialog.close()), sendReport);
        dialog.open();
    }

    private void showPresence() {
        Presence now = presence.presenceOf(conversation.other());
        String label = now.state() == Presence.State.OFFLINE && now.lastSeen() != null
                ? getTranslation("messaging.presence.last-seen", Formats.ago(this, now.lastSeen(), clock.instant()))
                : getTranslation("messaging.presence." + now.state().name());
        presenceLabel.setText(label);
        presenceLabel.getElement().setAttribute("data-state", now.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** One signal from the bus, on the UI's thread. */
    void handle(MessagingSignal signal) {
        switch (signal) {
            case MessagingSignal.MessagePosted posted when posted.conversation() == conversation.id().value() -> showNewer();
            case MessagingSignal.Typing typed when typed.conversation() == conversation.id().value()
                    && typed.user() == conversation.other().value() -> showTyping();
            case MessagingSignal.ReadUpTo read when read.conversation() == conversation.id().value()
                    && read.user() == conversation.other().value() -> {
                conversation = messaging.conversation(conversation.id());
                showSeen();
            }
            case MessagingSignal.PresenceChanged changed when changed.user() == conversation.other().value() -> showPresence();
            default -> { }
        }
    }

    private void showTyping() {
        typing.setText(getTranslation("messaging.typing", conversation.otherName()));
        typing.setVisible(true);
        typingUntil = clock.instant().plus(TYPING_SHOWN);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        CompletableFuture.delayedExecutor(TYPING_SHOWN.toMillis() + 100, TimeUnit.MILLISECONDS).execute(() -> ui.access(() -> {
            if (!clock.instant().isBefore(typingUntil)) {
                typing.setVisible(false);
            }
        }));
    }
}
