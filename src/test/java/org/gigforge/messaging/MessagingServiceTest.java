package org.gigforge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.Role;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.TestContentAccess;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Conversations on real PostgreSQL: who may read and write, the refusals, receipts, unread counts and history. */
@GigforgeTest
class MessagingServiceTest {

    @Autowired MessagingService messaging;
    @Autowired FileService files;
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
    void only_the_two_participants_read_and_write_and_an_admin_only_reads() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        messaging.send(conversation.id(), "Hello Felix, can you start next week?", List.of());

        // The freelancer opens the same conversation from their side.
        fixtures.signInAs(cast.freelancer());
        assertThat(messaging.openJobConversation(cast.job(), cast.clientId()).id()).isEqualTo(conversation.id());
        assertThat(messaging.history(conversation.id(), null, 30)).extracting(ChatMessage::text)
                .containsExactly("Hello Felix, can you start next week?");
        messaging.send(conversation.id(), "Yes, Monday works.", List.of());

        // A third member can neither open, read nor write it, nor start one about a job they have nothing to do with.
        fixtures.signInAs(cast.stranger());
        assertThatThrownBy(() -> messaging.conversation(conversation.id()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.not-found"));
        assertThatThrownBy(() -> messaging.history(conversation.id(), null, 30)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> messaging.send(conversation.id(), "Hi!", List.of())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> messaging.markRead(conversation.id(), new MessageId(Long.MAX_VALUE)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> messaging.openJobConversation(cast.job(), cast.clientId()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("messaging.job.not-connected"));
        assertThat(messaging.myConversations(10)).isEmpty();
        // Nor may the client open a conversation with a freelancer who neither applied nor was invited.
        fixtures.signInAs(cast.client());
        assertThatThrownBy(() -> messaging.openJobConversation(cast.job(), cast.strangerId()))
                .isInstanceOf(UserFacingException.class);

        // Admins read for moderation, and cannot write.
        TestAccounts.signInAs(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                TestAccounts.ADMIN);
        assertThat(messaging.history(conversation.id(), null, 30)).hasSize(2);
        assertThat(messaging.conversation(conversation.id()).participant()).isFalse();
        assertThatThrownBy(() -> messaging.send(conversation.id(), "Admin here", List.of()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("messaging.not-participant"));

        TestAccounts.signOut();
        assertThatThrownBy(() -> messaging.unreadTotal())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void empty_too_long_and_blocked_messages_are_refused_with_a_reason() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        assertThatThrownBy(() -> messaging.send(conversation.id(), "  \n ", List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.text.empty"));
        assertThatThrownBy(() -> messaging.send(conversation.id(), "x".repeat(MessagingService.MAX_LENGTH + 1), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("messaging.text.too-long");
                    assertThat(e.arguments()).containsExactly(MessagingService.MAX_LENGTH);
                });
        assertThat(messaging.send(conversation.id(), "y".repeat(MessagingService.MAX_LENGTH), List.of()).text())
                .hasSize(MessagingService.MAX_LENGTH);

        // The freelancer blocks the client: nothing goes either way, each told why.
        fixtures.signInAs(cast.freelancer());
        messaging.block(cast.clientId());
        assertThat(messaging.blockState(cast.clientId())).isEqualTo(BlockState.BY_ME);
        assertThatThrownBy(() -> messaging.send(conversation.id(), "Still there?", List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.blocked.by-you"));
        fixtures.signInAs(cast.client());
        assertThat(messaging.blockState(cast.freelancerId())).isEqualTo(BlockState.BY_THEM);
        assertThatThrownBy(() -> messaging.send(conversation.id(), "Hello?", List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("messaging.blocked.by-them"));
        fixtures.signInAs(cast.freelancer());
        messaging.unblock(cast.clientId());
        fixtures.signInAs(cast.client());
        assertThat(messaging.send(conversation.id(), "Hello again", List.of()).text()).isEqualTo("Hello again");
    }

    @Test
    void sending_is_limited_per_member_and_minute() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        int limit = context.getBean(MessagingProperties.class).sendsPerMinute();
        for (int i = 0; i < limit; i++) {
            messaging.send(conversation.id(), "Message " + i, List.of());
        }
        assertThatThrownBy(() -> messaging.send(conversation.id(), "One too many", List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("messaging.rate-limited");
                    assertThat(e.arguments()).containsExactly(limit);
                });
        // The limit is the sender's: the other side can still answer.
        fixtures.signInAs(cast.freelancer());
        messaging.send(conversation.id(), "Slow down, I am reading!", List.of());
    }

    @Test
    void read_receipts_and_unread_counts() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        messaging.send(conversation.id(), "One", List.of());
        messaging.send(conversation.id(), "Two", List.of());
        var third = messaging.send(conversation.id(), "Three", List.of());
        // The sender's own messages are never unread for them.
        assertThat(messaging.unreadTotal()).isZero();

        fixtures.signInAs(cast.freelancer());
        assertThat(messaging.unreadTotal()).isEqualTo(3);
        assertThat(messaging.myConversations(10)).singleElement().satisfies(c -> {
            assertThat(c.unread()).isEqualTo(3);
            assertThat(c.otherName()).isEqualTo("Clara Client");
            assertThat(c.title()).isEqualTo("Illustrate a children's book cover");
        });
        var history = messaging.history(conversation.id(), null, 30);
        messaging.markRead(conversation.id(), history.get(1).id());
        assertThat(messaging.unreadTotal()).isEqualTo(1);
        messaging.markRead(conversation.id(), third.id());
        assertThat(messaging.unreadTotal()).isZero();
        // Reading an older message again never moves the receipt back.
        messaging.markRead(conversation.id(), history.getFirst().id());
        assertThat(messaging.unreadTotal()).isZero();

        // The client sees how far the freelancer read: the "seen" mark.
        fixtures.signInAs(cast.client());
        assertThat(messaging.conversation(conversation.id()).otherLastRead()).isEqualTo(third.id().value());
    }

    @Test
    void history_loads_upwards_in_pages_and_search_finds_words() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        for (int i = 1; i <= 12; i++) {
            messaging.send(conversation.id(), "Client note " + i, List.of());
        }
        fixtures.signInAs(cast.freelancer());
        for (int i = 1; i <= 13; i++) {
            messaging.send(conversation.id(), i == 7 ? "The palette: teal and MUSTARD yellow" : "Freelancer note " + i, List.of());
        }
        var newest = messaging.history(conversation.id(), null, 10);
        assertThat(newest).hasSize(10);
        assertThat(newest.getLast().text()).isEqualTo("Freelancer note 13");
        assertThat(newest.getFirst().text()).isEqualTo("Freelancer note 4");
        var earlier = messaging.history(conversation.id(), newest.getFirst().id(), 10);
        assertThat(earlier.getLast().text()).isEqualTo("Freelancer note 3");
        assertThat(earlier.getFirst().text()).isEqualTo("Client note 6");
        var earliest = messaging.history(conversation.id(), earlier.getFirst().id(), 10);
        assertThat(earliest).extracting(ChatMessage::text).startsWith("Client note 1").hasSize(5);

        assertThat(messaging.since(conversation.id(), newest.get(7).id())).extracting(ChatMessage::text)
                .containsExactly("Freelancer note 12", "Freelancer note 13");
        assertThat(messaging.search(conversation.id(), "mustard", 20)).extracting(ChatMessage::text)
                .containsExactly("The palette: teal and MUSTARD yellow");
        assertThat(messaging.search(conversation.id(), "50%_", 20)).isEmpty();
    }

    @Test
    void messages_are_made_safe_and_off_platform_requests_are_flagged() {
        fixtures.signInAs(cast.client());
        var conversation = messaging.openJobConversation(cast.job(), cast.freelancerId());
        var message = messaging.send(conversation.id(),
                "<script>alert(1)</script> see https://example.org/brief?a=1&b=2 or pay me on PayPal: clara@example.com",
                List.of());
        assertThat(message.html()).doesNotContain("<script").contains("&lt;script&gt;")
                .contains("<a href=\"https://example.org/brief?a&#61;1&amp;b&#61;2\"")
                .contains("rel=\"nofollow noopener noreferrer ugc\"");
        assertThat(message.warnings()).containsExactlyInAnyOrder(OffPlatformDetector.Finding.EMAIL,
                OffPlatformDetector.Finding.PAYMENT);
        assertThat(messaging.send(conversation.id(), "See you on Monday!", List.of()).warnings()).isEmpty();
    }

    @Test
    void attachments_are_read_only_by_the_participants() {
        fixtures.signInAs(cast.freelancer());
        var conversation = messaging.openJobConversation(cast.job(), cast.clientId());
        var upload = files.upload(FileKind.ATTACHMENT, "sketch.pdf", new ByteArrayInputStream(TestContentAccess.pdf()));
        var message = messaging.send(conversation.id(), "", List.of(upload.id()));
        assertThat(message.attachments()).extracting(f -> f.name()).containsExactly("sketch.pdf");

        fixtures.signInAs(cast.client());
        assertThat(messaging.history(conversation.id(), null, 5).getLast().attachments()).hasSize(1);
        assertThat(files.find(upload.id())).isPresent();
        fixtures.signInAs(cast.stranger());
        assertThat(files.find(upload.id())).isEmpty();
        // Someone else's upload cannot be slipped into a message.
        fixtures.signInAs(cast.client());
        assertThatThrownBy(() -> messaging.send(conversation.id(), "Mine now", List.of(upload.id())))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void reports_reach_the_moderation_queue() {
        fixtures.signInAs(cast.freelancer());
        var conversation = messaging.openJobConversation(cast.job(), cast.clientId());
        var rude = messaging.send(conversation.id(), "Send me your bank details first.", List.of());
        assertThatThrownBy(() -> messaging.reportMessage(rude.id(), "mine")).isInstanceOf(UserFacingException.class);
        fixtures.signInAs(cast.client());
        assertThatThrownBy(() -> messaging.reportMessage(rude.id(), " ")).isInstanceOf(InvalidInputException.class);
        var report = messaging.reportMessage(rude.id(), "Asks for bank details.");
        messaging.reportUser(conversation.id(), "Pushy from the start.");
        assertThatThrownBy(() -> messaging.reports(true, org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signInAs(cast.stranger());
        assertThatThrownBy(() -> messaging.reportMessage(rude.id(), "Nosy")).isInstanceOf(UserFacingException.class);

        TestAccounts.signInAs(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                TestAccounts.ADMIN);
        var open = messaging.reports(true, org.springframework.data.domain.PageRequest.of(0, 100));
        assertThat(open).filteredOn(r -> r.id().equals(report)).singleElement().satisfies(r -> {
            assertThat(r.reportedName()).isEqualTo("Felix Freelancer");
            assertThat(r.messageText()).isEqualTo("Send me your bank details first.");
        });
        messaging.resolveReport(report, "Warned the member.");
        assertThat(messaging.reports(true, org.springframework.data.domain.PageRequest.of(0, 100)))
                .extracting(MessageReport::id).doesNotContain(report);
    }

    @Test
    void the_embedded_mode_uses_the_local_bus_and_opens_no_redis_connection() {
        assertThat(context.getBean(org.gigforge.platform.ClusterBus.class).getClass().getSimpleName())
                .isEqualTo("LocalClusterBus");
        assertThat(context.getBeanNamesForType(org.springframework.data.redis.connection.RedisConnectionFactory.class))
                .isEmpty();
    }

    @Test
    void a_freelancer_without_the_client_role_cannot_pose_as_one() {
        String other = fixtures.member("Olga Other", Role.FREELANCER);
        fixtures.signInAs(other);
        assertThatThrownBy(() -> messaging.openJobConversation(cast.job(), cast.freelancerId()))
                .isInstanceOf(UserFacingException.class);
    }
}
