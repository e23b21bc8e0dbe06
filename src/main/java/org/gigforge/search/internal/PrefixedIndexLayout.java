package org.gigforge.search.internal;

import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual Elasticsearch layout (an index {@code name-000001} behind the aliases
 * {@code name-write} and {@code name-read}, so a reindex can swap indexes) with every name prefixed, so that
 * several installations (staging and production, or parallel test runs) can share one cluster.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("-\\d{6}$");

    private final String prefix;

    PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return GENERATION.matcher(elasticsearchIndexName).replaceFirst("");
    }
}
