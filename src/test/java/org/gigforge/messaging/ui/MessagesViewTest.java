package org.gigforge.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.messaging.Conversation;
import org.gigforge.messaging.MessagingFixtures;
import org.gigforge.messaging.MessagingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The messages page: sending, what arrives live from the other side, unread badges, refusals and who may look. */
@GigforgeTest
@ViewPackages(packages = "org.gigforge")
class MessagesViewTest extends SpringBrowserlessTest {

    @Autowired MessagingService messaging;
    @Autowired ApplicationContext context;

    private MessagingFixtures fixtures;
    private MessagingFixtures.Cast cast;

    @BeforeEach
    void cast() {
        fixtures = new MessagingFixtures(context);
        cast = fixtures.cast();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void what_one_side_sends_appears_on_the_other_side_live() {
        fixtures.signInAs(cast.client());
        UI.getCurrent().navigate("messages/job/" + cast.job() + "/" + cast.freelancerId());
        assertThat(getCurrentView()).isInstanceOf(MessagesView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).withId("conversation-other").single().getText())
                .isEqualTo("Felix Freelancer");

        test(find(TextArea.class).withId("message-text").single()).setValue("Hello Felix, when can you start?");
        test(find(Button.class).withId("message-send").single()).click();
        assertThat(texts()).containsExactly("Hello Felix, when can you start?");
        assertThat(find(TextArea.class).withId("message-text").single().getValue()).isEmpty();

        // The freelancer answers from their own session; the client's open page shows it without reload.
        Conversation conversation = messaging.myConversations(1).getFirst();
        fixtures.signInAs(cast.freelancer());
        messaging.typing(conversation.id());
        fixtures.signInAs(cast.client());
        awaitUi(() -> find(Span.class).withId("message-typing").exists());
        assertThat(find(Span.class).withId("message-typing").single().getText()).isEqualTo("Felix Freelancer is typing…");

        fixtures.signInAs(cast.freelancer());
        messaging.send(conversation.id(), "Monday! My WhatsApp is +49 170 1234567", List.of());
        fixtures.signInAs(cast.client());
        awaitUi(() -> texts().size() == 2);
        assertThat(texts()).last().isEqualTo("Monday! My WhatsApp is +49 170 1234567");
        // The receiver is warned about going off the platform; the sender never sees a warning.
        assertThat(find(Div.class).withClassName("gf-message-warning").all()).hasSize(1);
        assertThat(find(Span.class).withId("message-typing").exists()).isFalse();
        // The open page read it, so the freelancer sees "seen" under their message once the receipt arrives.
        assertThat(messaging.unreadTotal()).isZero();
    }

    @Test
    void refusals_are_shown_where_they_belong() {
        fixtures.signInAs(cast.client());
        UI.getCurrent().navigate("messages/job/" + cast.job() + "/" + cast.freelancerId());
        test(find(Button.class).withId("message-send").single()).click();
        var text = find(TextArea.class).withId("message-text").single();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Please write a message or attach a file.");

        fixtures.signInAs(cast.freelancer());
        messaging.block(cast.clientId());
        fixtures.signInAs(cast.client());
        test(text).setValue("Are you there?");
        test(find(Button.class).withId("message-send").single()).click();
        var error = find(Span.class).withId("message-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("This person does not accept messages from you.");
        assertThat(texts()).isEmpty();
    }

    @Test
    void unread_messages_show_in_the_navigation_and_the_list_until_read() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        messaging.send(conversation.id(), "First question", List.of());
        messaging.send(conversation.id(), "Second question", List.of());

        fixtures.signInAs(cast.freelancer());
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("messages");
        assertThat(find(Span.class).withId("nav-unread-messages").single().getText()).isEqualTo("2");
        var entry = find(Div.class).withId("conversation-" + conversation.id()).single();
        assertThat(find(Span.class).withClassName("gf-unread-badge").from(entry).single().getText()).isEqualTo("2");

        // Opening the conversation reads it: the badges go once the receipt has gone round the bus.
        test(entry).click();
        assertThat(texts()).containsExactly("First question", "Second question");
        awaitUi(() -> !find(Span.class).withId("nav-unread-messages").exists());
        assertThat(find(Span.class).withClassName("gf-unread-badge").all()).isEmpty();
    }

    @Test
    void a_stranger_cannot_open_the_conversation() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        fixtures.signInAs(cast.stranger());
        UI.getCurrent().navigate("messages/" + conversation.id());
        assertThat(find(ConversationPanel.class).exists()).isFalse();
        UI.getCurrent().navigate("messages/job/" + cast.job() + "/" + cast.clientId());
        assertThat(getCurrentView()).isNotInstanceOf(MessagesView.class);
    }

    private List<String> texts() {
        return find(Div.class).withClassName("gf-message-body").from(find(Div.class).withId("message-list").single()).all()
                .stream().map(body -> body.getElement().getProperty("innerHTML")).map(html -> html.replace("&#43;", "+"))
                .toList();
    }

    /** Lets the bus deliver (on its own thread) and runs the UI updates it queued, until the condition holds. */
    private void awaitUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            // Runs the tasks queued with ui.access, as a browser request would.
            com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not update in time");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
