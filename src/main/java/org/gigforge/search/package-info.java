/**
 * The search engine: Hibernate Search on the Lucene backend (embedded) or on Elasticsearch/OpenSearch
 * (clusters), the text analysis both backends share, and index maintenance (full reindex with progress). The
 * features map and query their own entities; this module knows none of them.
 */
@NullMarked
@ApplicationModule(displayName = "Search")
package org.gigforge.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
