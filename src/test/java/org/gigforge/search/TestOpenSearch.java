package org.gigforge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        try {
            Path home = Files.createTempDirectory("gigforge-opensearch-");
            Path log = home.resolve("node.log");
            int port = freePort();
            var command = new java.util.ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // Tests want a quick start and little memory; the benchmark passes server flags instead.
            command.addAll(List.of(System.getProperty("gigforge.test.opensearch-jvm",
                    "-Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split("\\s+")));
            command.addAll(List.of("-Xshare:auto", "--enable-native-access=ALL-UNNAMED",
                    "-cp", jars.toAbsolutePath() + "/*",
                    launcher.toAbsolutePath().toString(),
                    home.toString(), String.valueOf(port)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, home), "opensearch-test-stop"));
            URI address = URI.create("http://127.0.0.1:" + port);
            awaitGreen(process, address, log);
            // One shard and no replica for every index: a single node can hold no replica, and would stay yellow.
            send(HttpRequest.newBuilder(address.resolve("/_index_template/gigforge-test"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"index_patterns": ["*"], "priority": 0,
                             "template": {"settings": {"number_of_shards": 1, "number_of_replicas": 0}}}"""))
                    .build());
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitGreen(Process process, URI address, Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        var health = HttpRequest.newBuilder(address.resolve("/_cluster/health?wait_for_status=green&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch stopped while starting:\n" + tail(log));
            }
            try {
                var response = client().send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"green\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("OpenSearch was not green within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static void send(HttpRequest request) {
        try {
            var response = client().send(request, HttpResponse.BodyHandlers.ofString());
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

    private static HttpClient client() {
        // Never through a proxy: the node is on this machine.
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(2)).build();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process, Path home) {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
