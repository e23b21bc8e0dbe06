package org.gigforge.file.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gigforge.TestServerProcess;

/**
 * S3Mock (Adobe's S3 API server) in a process of its own, on a free port of 127.0.0.1 with a throw-away folder
 * and one bucket. Maven copies its executable jar to {@code target/s3mock/s3mock.jar} and passes the path as
 * {@code gigforge.test.s3mock-jar}. S3Mock's main connector is made plain HTTP on 127.0.0.1; its extra
 * connector (which cannot be bound to an address) gets a random port and is not used.
 */
final class S3MockProcess implements AutoCloseable {

    static final String BUCKET = "gigforge-test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final TestServerProcess server;
    private final URI endpoint;

    private S3MockProcess(TestServerProcess server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static S3MockProcess start() {
        Path jar = Path.of(System.getProperty("gigforge.test.s3mock-jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No S3Mock jar at " + jar.toAbsolutePath()
                    + ": run the tests through Maven (./mvnw test), which copies it there");
        }
        Path home = TestServerProcess.newHome("s3mock");
        Path store;
        try {
            store = Files.createDirectory(home.resolve("store"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = TestServerProcess.freePort();
        var server = TestServerProcess.start("S3Mock", home, List.of(
                TestServerProcess.java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-jar", jar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--server.ssl.enabled=false",
                "--http.port=0",
                "--spring.main.banner-mode=off",
                "--com.adobe.testing.s3mock.store.root=" + store,
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.retain-files-on-exit=false"));
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        // Ready when the bucket list answers (S3Mock creates the initial bucket before that).
        server.awaitReady(endpoint.resolve("/"), body -> body.contains(BUCKET), START_TIMEOUT);
        return new S3MockProcess(server, endpoint);
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.close();
    }
}
