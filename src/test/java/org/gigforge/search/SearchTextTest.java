package org.gigforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed text becomes the query: every word required, typos allowed by word length, operators neutralised. */
class SearchTextTest {

    @Test
    void words_of_four_to_seven_letters_allow_one_edit_and_longer_ones_two() {
        assertThat(SearchText.queryString("API pyhton javscript"))
                .isEqualTo("api (pyhton | pyhton~1) (javscript | javscript~2)");
    }

    @Test
    void stop_words_possessives_and_operators_are_left_out() {
        assertThat(SearchText.queryString("the bakery's logo")).isEqualTo("(bakery | bakery~1) (logo | logo~1)");
        assertThat(SearchText.queryString("-react +vue | \"go\" (k8s)*")).isEqualTo("(react | react~1) vue go k8s");
        assertThat(SearchText.queryString("node.js c#")).isEqualTo("(node.js | node.js~1) c#");
        assertThat(SearchText.queryString(" to , and ")).isNull();
        assertThat(SearchText.queryString(null)).isNull();
    }
}
