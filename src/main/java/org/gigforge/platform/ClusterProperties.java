package org.gigforge.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes of a cluster talk to each other ({@code gigforge.cluster.*}). The Redis connection itself is
 * Spring's {@code spring.data.redis.*} (host, port, password, TLS), read only in the Redis mode.
 */
@ConfigurationProperties("gigforge.cluster")
public record ClusterProperties(
        /** {@code local}: one node, everything in the JVM; {@code redis}: fan-out, presence and rate limits in Redis. */
        @DefaultValue("local") Bus bus) {

    /** The property that selects the bus, for conditions that cannot read this record. */
    public static final String BUS_PROPERTY = "gigforge.cluster.bus";

    public enum Bus { LOCAL, REDIS }

    public boolean redis() {
        return bus == Bus.REDIS;
    }
}
