package org.gigforge.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.gigforge.search.Analysis;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of what the indexes hold: every index field with its type, analyzers and capabilities, and the
 * synonym list. When a release changes any of these, documents indexed before no longer fit, and the start-up
 * check rebuilds the index.
 */
@Component
class IndexSchema {

    private final EntityManagerFactory entityManagerFactory;

    IndexSchema(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    String fingerprint() {
        var lines = new TreeSet<String>();
        for (var type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            var index = type.indexManager().descriptor();
            for (IndexFieldDescriptor field : index.staticFields()) {
                var line = new StringBuilder(index.hibernateSearchName()).append(' ').append(field.absolutePath());
                if (field.isValueField()) {
                    var t = field.toValueField().type();
                    line.append(' ').append(t.valueClass().getName())
                            .append(" s=").append(t.searchable()).append(" o=").append(t.sortable())
                            .append(" p=").append(t.projectable()).append(" a=").append(t.aggregable())
                            .append(" an=").append(t.analyzerName().orElse("-"))
                            .append(" sa=").append(t.searchAnalyzerName().orElse("-"))
                            .append(" n=").append(t.normalizerName().orElse("-"));
                }
                lines.add(line.toString());
            }
        }
        try (InputStream synonyms = IndexSchema.class.getClassLoader().getResourceAsStream(Analysis.SYNONYMS_RESOURCE)) {
            lines.add("synonyms " + (synonyms == null ? "" : new String(synonyms.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
