package org.gigforge.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.RunMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Turns {@code gigforge.search.*} into Hibernate Search settings. Spring Boot does not configure Hibernate Search,
 * and the settings depend on each other (the index folder on how the database runs), so they are computed here
 * rather than written as {@code spring.jpa.properties} lines. Explicit {@code spring.jpa.properties.hibernate.search.*}
 * lines still win (tests use them to make indexing synchronous).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    SearchIndexFolder searchIndexFolder(GigforgeProperties properties, RunMode runMode) {
        boolean persistentData = !runMode.embeddedDatabase() || properties.database().embeddedPersistent();
        boolean lucene = properties.search().backend() == GigforgeProperties.Search.Backend.LUCENE;
        return new SearchIndexFolder(lucene, properties.search().luceneDir(properties.dataDir(), persistentData));
    }

    @Bean
    HibernatePropertiesCustomizer searchProperties(GigforgeProperties properties, SearchIndexFolder folder) {
        Map<String, Object> settings = settings(properties.search(), folder.path());
        return hibernate -> settings.forEach(hibernate::putIfAbsent);
    }

    static Map<String, Object> settings(GigforgeProperties.Search search, Path luceneDir) {
        var settings = new java.util.LinkedHashMap<String, Object>();
        switch (search.backend()) {
            case LUCENE -> {
                settings.put("hibernate.search.backend.type", "lucene");
                settings.put("hibernate.search.backend.directory.root", luceneDir.toString());
                settings.put("hibernate.search.backend.analysis.configurer", LuceneAnalysis.class.getName());
                log.info("Search index: Lucene in {}", luceneDir);
            }
            case ELASTICSEARCH -> {
                var es = search.elasticsearch();
                settings.put("hibernate.search.backend.type", "elasticsearch");
                settings.put("hibernate.search.backend.uris",
                        es.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
                if (StringUtils.hasText(es.username())) {
                    settings.put("hibernate.search.backend.username", es.username());
                    settings.put("hibernate.search.backend.password", es.password() == null ? "" : es.password());
                }
                if (StringUtils.hasText(es.version())) {
                    // Known version: no need for the cluster to answer while the application starts.
                    settings.put("hibernate.search.backend.version", es.version());
                    settings.put("hibernate.search.backend.version_check.enabled", "false");
                }
                settings.put("hibernate.search.backend.analysis.configurer", ElasticsearchAnalysis.class.getName());
                if (StringUtils.hasText(es.indexPrefix())) {
                    settings.put("hibernate.search.backend.layout.strategy", new PrefixedIndexLayout(es.indexPrefix()));
                }
                log.info("Search index: Elasticsearch at {}", es.uris());
            }
        }
        if (search.coordination() == GigforgeProperties.Search.Coordination.OUTBOX_POLLING) {
            settings.put("hibernate.search.coordination.strategy", "outbox-polling");
        }
        return settings;
    }

    /** The Lucene index folder; a throw-away one (deleted when the application stops) if none is configured. */
    static final class SearchIndexFolder implements DisposableBean {

        private final Path path;
        private final boolean throwAway;

        SearchIndexFolder(boolean needed, @Nullable Path configured) {
            try {
                this.throwAway = needed && configured == null;
                if (!needed) {
                    this.path = configured == null ? Path.of("search") : configured;
                } else {
                    this.path = throwAway ? Files.createTempDirectory("gigforge-search-")
                            : Files.createDirectories(configured.toAbsolutePath().normalize());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path path() {
            return path;
        }

        @Override
        public void destroy() throws IOException {
            if (!throwAway || !Files.isDirectory(path)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
