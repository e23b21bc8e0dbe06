package org.gigforge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis server (the one bundled with the embedded-redis test dependency) as its own process on 127.0.0.1,
 * started by a test and stopped after it. It can be stopped and started again on the same port, to play an outage.
 */
public final class RedisProcess implements AutoCloseable {

    private final int port;
    private RedisServer server;

    public RedisProcess() {
        this.port = freePort();
        this.server = build();
        start();
    }

    public int port() {
        return port;
    }

    public void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server, as an outage would; {@link #start()} brings a fresh one up on the same port. */
    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = build();
    }

    private RedisServer build() {
        try {
            // No snapshots on disk: each run starts empty and leaves nothing behind.
            return RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
