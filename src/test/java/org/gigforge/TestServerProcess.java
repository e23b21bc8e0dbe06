package org.gigforge;

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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server the tests need (S3Mock, an OpenSearch node …) in a process of its own on 127.0.0.1, with a throw-away
 * home folder holding its log. Started, waited for until an HTTP probe says it is ready, and stopped (with its
 * folder removed) on {@link #close()} or, at the latest, when the test JVM exits.
 */
public final class TestServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path home;
    private final Path log;
    private final Thread shutdownHook;

    private TestServerProcess(String name, Process process, Path home, Path log) {
        this.name = name;
        this.process = process;
        this.home = home;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A throw-away home folder for a server, created before its command line (which often names it). */
    public static Path newHome(String name) {
        try {
            return Files.createTempDirectory("gigforge-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command with its output in {@code home/server.log}. */
    public static TestServerProcess start(String name, Path home, List<String> command) {
        Path log = home.resolve("server.log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new TestServerProcess(name, process, home, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code java} of the JVM running the tests, for servers that are Java programs. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP client that never goes through a proxy: the servers are on this machine. */
    public static HttpClient http() {
        return HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * Waits until a GET of {@code probe} answers 200 with a body the predicate accepts; fails with the log's tail
     * when the process dies or the time runs out (and stops it then).
     */
    public TestServerProcess awaitReady(URI probe, Predicate<String> ready, Duration timeout) {
        var client = http();
        var request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + logTail());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return this;
                }
                Thread.sleep(200);
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        String tail = logTail();
        close();
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Already shutting down.
        }
    }

    private void stop() {
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
