package org.gigforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gigforge.messaging.ChatMessage;
import org.gigforge.messaging.LiveMessaging;
import org.gigforge.messaging.MessageId;
import org.gigforge.messaging.MessagingFixtures;
import org.gigforge.messaging.MessagingService;
import org.gigforge.messaging.MessagingSignal;
import org.gigforge.messaging.Presence;
import org.gigforge.messaging.PresenceService;
import org.gigforge.notification.LiveNotifications;
import org.gigforge.notification.NotificationService;
import org.gigforge.notification.NotificationSignal;
import org.gigforge.notification.NotificationType;
import org.gigforge.platform.ClusterBus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two Gigforge nodes in one JVM, sharing one PostgreSQL (node A's embedded one; node B is pointed at it like a
 * production node) and a real Redis process, with {@code gigforge.cluster.bus=redis}: messages, notifications and
 * presence cross from one node to the other, and a Redis outage loses nothing that was stored.
 */
class ClusterTwoNodesTest {

    private static final Logger log = LoggerFactory.getLogger(ClusterTwoNodesTest.class);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static RedisProcess redis;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static final List<Path> folders = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws IOException {
        redis = new RedisProcess();
        nodeA = start("node-a", Map.of(
                "gigforge.database.embedded-port", "0",
                "gigforge.database.embedded-persistent", "false"));
        String url = ((HikariDataSource) nodeA.getBean(DataSource.class)).getJdbcUrl();
        nodeB = start("node-b", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres"));
    }

    private static ConfigurableApplicationContext start(String name, Map<String, Object> own) throws IOException {
        Path files = Files.createTempDirectory("gigforge-" + name + "-files");
        folders.add(files);
        var properties = new java.util.HashMap<String, Object>(Map.of(
                "server.port", "0",
                "gigforge.demo-data.enabled", "false",
                "jobrunr.background-job-server.enabled", "false",
                "gigforge.files.local-dir", files.toString(),
                "gigforge.cluster.bus", "redis",
                "spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", Integer.toString(redis.port()),
                // The latency figures below send more than a member may in a minute.
                "gigforge.messaging.sends-per-minute", "1000",
                "spring.application.name", "gigforge-" + name));
        properties.putAll(own);
        // As command-line arguments: they win over application.properties, as a node's environment would.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GigforgeApplication.class).run(arguments);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        TestAccounts.signOut();
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        if (redis != null) {
            redis.close();
        }
        for (Path folder : folders) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Acts as a member on one node: that node's security context strategy, as its own requests would use. */
    private static void on(ConfigurableApplicationContext node, String email) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        TestAccounts.signInAs(node.getBean(UserDetailsService.class), email);
    }

    @Test
    void messages_notifications_and_presence_cross_nodes_and_survive_a_redis_outage() throws InterruptedException {
        SecurityContextHolder.setContextHolderStrategy(nodeA.getBean(SecurityContextHolderStrategy.class));
        var cast = new MessagingFixtures(nodeA).cast();
        var messagingA = nodeA.getBean(MessagingService.class);
        var messagingB = nodeB.getBean(MessagingService.class);

        // The freelancer has the page open on node B.
        on(nodeB, cast.freelancer());
        BlockingQueue<MessagingSignal> onB = new LinkedBlockingQueue<>();
        BlockingQueue<NotificationSignal> bellOnB = new LinkedBlockingQueue<>();
        try (ClusterBus.Subscription messages = nodeB.getBean(LiveMessaging.class).listen(onB::add);
                ClusterBus.Subscription bell = nodeB.getBean(LiveNotifications.class).listen(bellOnB::add)) {

            // The client writes on node A; node B hears of it and reads it from the shared database.
            on(nodeA, cast.client());
            var conversation = messagingA.openJobConversation(cast.job(), cast.freelancerId());
            ChatMessage hello = messagingA.send(conversation.id(), "Hello from node A", List.of());
            MessagingSignal.MessagePosted posted = next(onB, MessagingSignal.MessagePosted.class);
            assertThat(posted.message()).isEqualTo(hello.id().value());
            on(nodeB, cast.freelancer());
            assertThat(messagingB.history(conversation.id(), null, 10)).extracting(ChatMessage::text)
                    .containsExactly("Hello from node A");

            // The freelancer was away, so node A notified them; the bell on node B hears of it.
            NotificationSignal notified = poll(bellOnB);
            assertThat(notified.recipient()).isEqualTo(cast.freelancerId().value());
            assertThat(nodeB.getBean(NotificationService.class).recent(5)).extracting(n -> n.type())
                    .containsExactly(NotificationType.MESSAGE);

            // Typing on B reaches A, which listens as the client.
            on(nodeA, cast.client());
            BlockingQueue<MessagingSignal> onA = new LinkedBlockingQueue<>();
            try (ClusterBus.Subscription listenA = nodeA.getBean(LiveMessaging.class).listen(onA::add)) {
                on(nodeB, cast.freelancer());
                messagingB.typing(conversation.id());
                assertThat(next(onA, MessagingSignal.Typing.class).user()).isEqualTo(cast.freelancerId().value());

                // Presence lives in Redis: a tab open on B makes the freelancer online as seen from A.
                ClusterBus.Subscription tab = nodeB.getBean(PresenceService.class).connect();
                on(nodeA, cast.client());
                assertThat(nodeA.getBean(PresenceService.class).presenceOf(cast.freelancerId()).state())
                        .isEqualTo(Presence.State.ONLINE);
                on(nodeB, cast.freelancer());
                tab.close();
                on(nodeA, cast.client());
                Presence gone = nodeA.getBean(PresenceService.class).presenceOf(cast.freelancerId());
                assertThat(gone.state()).isEqualTo(Presence.State.OFFLINE);
                assertThat(gone.lastSeen()).isNotNull();

                measureLatency(messagingA, conversation.id(), onA, onB);

                // Redis goes away: sending still works and is stored; this node still hears itself.
                redis.stop();
                onA.clear();
                onB.clear();
                on(nodeA, cast.client());
                ChatMessage duringOutage = messagingA.send(conversation.id(), "Sent while Redis was down", List.of());
                assertThat(next(onA, MessagingSignal.MessagePosted.class).message()).isEqualTo(duringOutage.id().value());

                // Redis comes back: both nodes reconnect and resubscribe by themselves, and B catches up from the
                // database, missing nothing.
                redis.start();
                awaitCrossing(nodeA, cast.client(), conversation.id(), onB);
                on(nodeA, cast.client());
                ChatMessage after = messagingA.send(conversation.id(), "Sent after Redis came back", List.of());
                assertThat(nextPosted(onB, after.id()).message()).isEqualTo(after.id().value());
                on(nodeB, cast.freelancer());
                assertThat(messagingB.since(conversation.id(), hello.id())).extracting(ChatMessage::text)
                        .contains("Sent while Redis was down", "Sent after Redis came back");
            }
        }
    }

    /** Sends typing signals from A until one arrives on B: both have reconnected to Redis. */
    private static void awaitCrossing(ConfigurableApplicationContext from, String email,
            org.gigforge.messaging.ConversationId conversation, BlockingQueue<MessagingSignal> onB) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            on(from, email);
            from.getBean(MessagingService.class).typing(conversation);
            var signal = onB.poll(500, TimeUnit.MILLISECONDS);
            if (signal instanceof MessagingSignal.Typing) {
                return;
            }
        }
        throw new AssertionError("The nodes did not reconnect to Redis within a minute");
    }

    /**
     * Time from calling send on A until the signal reaches a listener, on A itself (in the JVM) and on B (through
     * Redis): the bus part of what a browser on either node waits for. Logged for the README, not asserted.
     */
    private static void measureLatency(MessagingService messagingA, org.gigforge.messaging.ConversationId conversation,
            BlockingQueue<MessagingSignal> onA, BlockingQueue<MessagingSignal> onB) throws InterruptedException {
        int rounds = 60;
        var sameNode = new ArrayList<Long>();
        var otherNode = new ArrayList<Long>();
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        for (int i = 0; i < rounds; i++) {
            onA.clear();
            onB.clear();
            long start = System.nanoTime();
            ChatMessage message = messagingA.send(conversation, "Latency probe " + i, List.of());
            sentAt.put(message.id().value(), start);
            nextPosted(onA, message.id());
            sameNode.add(System.nanoTime() - start);
            nextPosted(onB, message.id());
            otherNode.add(System.nanoTime() - start);
        }
        log.info("Message delivery from send to listener over {} messages: same node p50 {} ms, p95 {} ms; "
                + "other node through Redis p50 {} ms, p95 {} ms", rounds, millis(sameNode, 50), millis(sameNode, 95),
                millis(otherNode, 50), millis(otherNode, 95));
        System.out.printf("LATENCY same-node p50=%.1fms p95=%.1fms cross-node p50=%.1fms p95=%.1fms%n",
                millis(sameNode, 50), millis(sameNode, 95), millis(otherNode, 50), millis(otherNode, 95));
    }

    private static double millis(List<Long> nanos, int percentile) {
        var sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(index) / 1_000_000.0;
    }

    private static MessagingSignal.MessagePosted nextPosted(BlockingQueue<MessagingSignal> queue, MessageId id)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var signal = queue.poll(100, TimeUnit.MILLISECONDS);
            if (signal instanceof MessagingSignal.MessagePosted posted && posted.message() == id.value()) {
                return posted;
            }
        }
        throw new AssertionError("Message " + id + " did not arrive");
    }

    private static <T extends MessagingSignal> T next(BlockingQueue<MessagingSignal> queue, Class<T> type)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var signal = queue.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(signal)) {
                return type.cast(signal);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " arrived");
    }

    private static <T> T poll(BlockingQueue<T> queue) throws InterruptedException {
        T item = queue.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(item).as("a signal within %s", WAIT).isNotNull();
        return item;
    }
}
