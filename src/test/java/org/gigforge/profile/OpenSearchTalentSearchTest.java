package org.gigforge.profile;

import org.gigforge.search.TestOpenSearch;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Talent search on the Elasticsearch backend against a real OpenSearch 2.19 node (see {@link TestOpenSearch}). */
class OpenSearchTalentSearchTest extends TalentSearchContract {

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("gigforge.search.backend", () -> "elasticsearch");
        registry.add("gigforge.search.elasticsearch.uris", () -> TestOpenSearch.uri().toString());
        registry.add("gigforge.search.elasticsearch.version", () -> "opensearch:2.19");
    }
}
