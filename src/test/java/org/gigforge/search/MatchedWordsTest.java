package org.gigforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchedWordsTest {

    @Test
    void words_match_as_the_index_does_stemmed_folded_with_synonyms_and_typos() {
        var words = MatchedWords.of("pyhton developers js");

        assertThat(words.in(List.of("Senior Python developer", "Our JavaScript front end", "Café écommerce"))).
                containsExactly("python", "developer", "javascript");
        assertThat(MatchedWords.of("design").in(List.of("designing a logo", "signs"))).containsExactly("designing");
        assertThat(MatchedWords.of(null).in(List.of("anything at all"))).isEmpty();
    }

    @Test
    void typos_are_counted_like_the_engine_with_swaps_as_one_edit() {
        assertThat(MatchedWords.withinEdits("python", "pyhton", 1)).isTrue();
        assertThat(MatchedWords.withinEdits("javascript", "javscript", 2)).isTrue();
        assertThat(MatchedWords.withinEdits("kubernetes", "kubernets", 2)).isTrue();
        assertThat(MatchedWords.withinEdits("design", "resign", 0)).isFalse();
        assertThat(MatchedWords.withinEdits("rust", "dust", 1)).isTrue();
        assertThat(MatchedWords.withinEdits("react", "redux", 1)).isFalse();
    }

    @Test
    void a_snippet_starts_a_little_before_the_first_match_cut_at_words_and_escaped() {
        String text = "word ".repeat(60) + "we need a <Kubernetes> expert " + "more ".repeat(60);
        String snippet = MatchedWords.of("kubernetes").snippet(text, 80);

        assertThat(snippet).startsWith("…").endsWith("…").contains("&lt;<em>Kubernetes</em>&gt;");
        assertThat(snippet.replace("<em>", "").replace("</em>", "").replace("&lt;", "<").replace("&gt;", ">").length())
                .isLessThanOrEqualTo(80 + 2);
        assertThat(snippet).doesNotContain("wor…").doesNotContain(" …");
    }

    @Test
    void without_a_match_the_snippet_is_the_texts_beginning() {
        assertThat(MatchedWords.of("rust").snippet("Build <b>our</b> " + "site ".repeat(50), 30))
                .isEqualTo("Build &lt;b&gt;our&lt;/b&gt; site site&hellip;");
        assertThat(MatchedWords.of("shop").snippet("A small shop", 160)).isEqualTo("A small <em>shop</em>");
    }
}
