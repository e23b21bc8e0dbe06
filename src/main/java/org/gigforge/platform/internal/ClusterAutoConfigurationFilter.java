package org.gigforge.platform.internal;

import org.gigforge.platform.ClusterProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis auto-configuration (connection factory, templates, health check, repositories) out
 * unless {@code gigforge.cluster.bus=redis}. Redis is on the classpath for the cluster mode, but the embedded
 * mode must start, and report itself healthy, on a laptop without any Redis.
 */
public class ClusterAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String REDIS_AUTO_CONFIGURATION = "org.springframework.boot.data.redis.autoconfigure.";
    /** Gigforge keeps its data in PostgreSQL: Redis repositories are never wanted, in either mode. */
    private static final String REDIS_REPOSITORIES = REDIS_AUTO_CONFIGURATION + "DataRedisRepositoriesAutoConfiguration";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(@Nullable String[] candidates, AutoConfigurationMetadata metadata) {
        boolean redis = environment != null
                && "redis".equalsIgnoreCase(environment.getProperty(ClusterProperties.BUS_PROPERTY, "local").strip());
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            matches[i] = candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATION)
                    || (redis && !candidate.equals(REDIS_REPOSITORIES));
        }
        return matches;
    }
}
