package org.gigforge.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gigforge.search.Analysis;

/** The synonym rules of {@link Analysis#SYNONYMS_RESOURCE}, for the backend that takes them inline (Elasticsearch). */
final class SkillSynonyms {

    private SkillSynonyms() {}

    static List<String> rules() {
        try (InputStream in = SkillSynonyms.class.getClassLoader().getResourceAsStream(Analysis.SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + Analysis.SYNONYMS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
