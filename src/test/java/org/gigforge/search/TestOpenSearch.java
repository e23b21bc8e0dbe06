package org.gigforge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.TestServerProcess;

/**
 * One real OpenSearch node per test JVM, in a process of its own on a free port of 127.0.0.1. Maven copies the
 * node's jars to {@code target/opensearch} ({@code gigforge.test.opensearch-dir}); the launcher
 * ({@code src/test/opensearch/OpenSearchTestNode.java}, {@code gigforge.test.opensearch-launcher}) runs in Java's
 * source-file mode with those jars as its only classpath, so they never meet the application's. The node is
 * started on first use, waited for until its cluster is green, and stopped when the JVM exits.
 */
public final class TestOpenSearch {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static URI uri;

    private TestOpenSearch() {}

    /** The node's HTTP address, starting it if this JVM has none yet. */
    public static synchronized URI uri() {
        if (uri == null) {
            uri = start();
        }
        return uri;
    }

    private static URI start() {
        Path jars = Path.of(System.getProperty("gigforge.test.opensearch-dir", "target/opensearch"));
        Path launcher = Path.of(System.getProperty("gigforge.test.opensearch-launcher",
                "src/test/opensearch/OpenSearchTestNode.java"));
        if (!Files.isRegularFile(jars.resolve("opensearch-2.19.6.jar")) || !Files.isRegularFile(launcher)) {
            throw new IllegalStateException("No OpenSearch jars in " + jars.toAbsolutePath()
                    + ": run the tests through Maven (./mvnw test), which copies them there");
        }
        Path home = TestServerProcess.newHome("opensearch");
        int port = TestServerProcess.freePort();
        // Stopped when the test JVM exits: every test class of the run shares the node.
        var command = new ArrayList<String>();
        command.add(TestServerProcess.java());
        // Tests want a quick start and little memory; the benchmark passes server flags instead.
        command.addAll(List.of(System.getProperty("gigforge.test.opensearch-jvm",
                "-Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split("\\s+")));
        command.addAll(List.of("-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
                "-cp", jars.toAbsolutePath() + "/*",
                launcher.toAbsolutePath().toString(),
                home.toString(), String.valueOf(port)));
        var node = TestServerProcess.start("OpenSearch", home, command);
        URI address = URI.create("http://127.0.0.1:" + port);
        node.awaitReady(address.resolve("/_cluster/health?wait_for_status=green&timeout=1s"),
                body -> body.contains("\"status\":\"green\""), START_TIMEOUT);
        // One shard and no replica for every index: a single node can hold no replica, and would stay yellow.
        send(HttpRequest.newBuilder(address.resolve("/_index_template/gigforge-test"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"index_patterns": ["*"], "priority": 0,
                         "template": {"settings": {"number_of_shards": 1, "number_of_replicas": 0}}}"""))
                .build());
        return address;
    }

    private static void send(HttpRequest request) {
        try {
            var response = TestServerProcess.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
