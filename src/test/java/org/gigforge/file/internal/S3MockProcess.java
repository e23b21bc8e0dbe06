package org.gigforge.file.internal;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * S3Mock (Adobe's S3 API server) in a process of its own, on a free port of 127.0.0.1 with a throw-away folder
 * and one bucket. Maven copies its executable jar to {@code target/s3mock/s3mock.jar} and passes the path as
 * {@code gigforge.test.s3mock-jar}. S3Mock's main connector is made plain HTTP on 127.0.0.1; its extra
 * connector (which cannot be bound to an address) gets a random port and is not used.
 */
final class S3MockProcess implements AutoCloseable {

    static final String BUCKET = "gigforge-test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path root;
    private final Path log;
    private final URI endpoint;
    private final Thread shutdownHook;

    private S3MockProcess(Process process, Path root, Path log, URI endpoint) {
        this.process = process;
        this.root = root;
        this.log = log;
        this.endpoint = endpoint;
        this.shutdownHook = new Thread(process::destroyForcibly, "s3mock-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static S3MockProcess start() {
        Path jar = Path.of(System.getProperty("gigforge.test.s3mock-jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No S3Mock jar at " + jar.toAbsolutePath()
                    + ": run the tests through Maven (./mvnw test), which copies it there");
        }
        try {
            Path root = Files.createTempDirectory("gigforge-s3mock-");
            Path log = root.resolve("s3mock.log");
            Path store = Files.createDirectory(root.resolve("store"));
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-jar", jar.toAbsolutePath().toString(),
                    "--server.address=127.0.0.1",
                    "--server.port=" + port,
                    "--server.ssl.enabled=false",
                    "--http.port=0",
                    "--spring.main.banner-mode=off",
                    "--com.adobe.testing.s3mock.store.root=" + store,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.retain-files-on-exit=false"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var mock = new S3MockProcess(process, root, log, URI.create("http://127.0.0.1:" + port));
            mock.awaitReady();
            return mock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** Ready when the bucket list answers (S3Mock creates the initial bucket before that). */
    private void awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped while starting:\n" + logTail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(endpoint.resolve("/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(BUCKET)) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("S3Mock did not start within " + START_TIMEOUT + ":\n" + logTail());
    }

    private String logTail() {
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

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down.
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder; the system cleans it eventually.
        }
    }
}
