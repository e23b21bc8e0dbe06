package org.gigforge.search;

/**
 * Names of the analyzers and normalizers every backend defines the same way, for the features' index mappings.
 */
public final class Analysis {

    /**
     * English prose and skills: lower case, accents folded, stop words dropped, the skill synonyms of
     * {@code search/skill-synonyms.txt} applied ("js" is "javascript"), possessives and suffixes stemmed. Used
     * for indexing and for queries, so both sides agree on every rule.
     */
    public static final String ENGLISH = "gigforge_english";

    /** Edge n-grams (2 to 20 characters) of each word, for search-as-you-type: index side only. */
    public static final String AUTOCOMPLETE = "gigforge_autocomplete";

    /** The query side of {@link #AUTOCOMPLETE}: whole words, lower case, accents folded. */
    public static final String AUTOCOMPLETE_QUERY = "gigforge_autocomplete_query";

    /** Keywords for filters, facets and sorts: lower case, accents folded, never split. */
    public static final String KEYWORD = "gigforge_keyword";

    /** The synonym list both backends read (Solr format: {@code a, b => c}). */
    public static final String SYNONYMS_RESOURCE = "search/skill-synonyms.txt";

    private Analysis() {}
}
