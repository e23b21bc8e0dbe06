package org.gigforge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverLetterSimilarityTest {

    static final String TEMPLATE = "Hello, I am an experienced developer with many years of experience. I have read your "
            + "job description carefully and I am confident I can deliver high quality work on time and on budget.";

    @Test
    void a_copied_letter_with_a_new_greeting_is_generic() {
        String copy = TEMPLATE.replace("Hello,", "Dear hiring manager,");
        assertThat(CoverLetterSimilarity.of(TEMPLATE, copy)).isGreaterThanOrEqualTo(CoverLetterSimilarity.GENERIC_THRESHOLD);
        assertThat(CoverLetterSimilarity.of(TEMPLATE, TEMPLATE.toUpperCase())).isEqualTo(1.0);
    }

    @Test
    void letters_written_for_their_jobs_are_not() {
        String specific = "Your Shopify store needs 60 products imported; I did the same for a pottery studio in Leeds "
                + "last spring, including shipping zones for the EU.";
        assertThat(CoverLetterSimilarity.of(TEMPLATE, specific)).isLessThan(0.1);
        assertThat(CoverLetterSimilarity.of("", TEMPLATE)).isZero();
        assertThat(CoverLetterSimilarity.of("too short", "too short")).isZero();
    }
}
