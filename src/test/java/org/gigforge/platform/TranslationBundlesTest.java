package org.gigforge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every language has every key, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\((?:this, )?|InvalidInputException\\.of\\(\"[a-zA-Z]+\", |new UserFacingException\\()"
                    + "\"([a-z][a-z0-9.-]*[a-z0-9.])\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([a-z.-]+)\"");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message = \"\\{([a-z.-]+)}\"");

    @Test
    void english_and_german_have_the_same_keys() throws IOException {
        Set<String> english = load("vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> german = load("vaadin-i18n/translations_de.properties").stringPropertyNames();
        assertThat(new TreeSet<>(german)).isEqualTo(new TreeSet<>(english));
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> english = load("vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern pattern : new Pattern[] {LITERAL_KEY, MENU_TITLE, CONSTRAINT_MESSAGE}) {
                    pattern.matcher(code).results().map(m -> m.group(1)).filter(k -> !k.endsWith("."))
                            .forEach(used::add);
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(english).containsAll(used);
    }

    @Test
    void the_admins_count_of_disputes_reads_right_for_one() throws IOException {
        String english = load("vaadin-i18n/translations.properties").getProperty("admin.disputes.total");
        String german = load("vaadin-i18n/translations_de.properties").getProperty("admin.disputes.total");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {1})).isEqualTo("1 dispute");
        assertThat(new MessageFormat(english, Locale.ENGLISH).format(new Object[] {1200})).isEqualTo("1,200 disputes");
        assertThat(new MessageFormat(german, Locale.GERMAN).format(new Object[] {1})).isEqualTo("1 Streitfall");
        assertThat(new MessageFormat(german, Locale.GERMAN).format(new Object[] {0})).isEqualTo("Keine Streitfälle");
    }

    /**
     * "1 chargebacks" reads wrong: every count of things says the singular for one. Checked in English; German nouns
     * such as "Benutzer" are the same in both, so there the choice is only checked to format.
     */
    @ParameterizedTest
    @ValueSource(strings = {"admin.disputes.total", "chargeback.total", "admin.invoices.count", "messaging.moderation.total",
        "admin.jobs.count", "admin.users.count", "admin.mail.count", "admin.ledger.count", "talent.count",
        "admin.contracts.total", "admin.proposals.total", "search.count"})
    void counts_say_the_singular_for_one(String key) throws IOException {
        var english = new MessageFormat(load("vaadin-i18n/translations.properties").getProperty(key), Locale.ENGLISH);
        String one = english.format(new Object[] {1});
        assertThat(one).as(key).contains("1").isNotEqualTo(english.format(new Object[] {2}).replace("2", "1"));
        var german = new MessageFormat(load("vaadin-i18n/translations_de.properties").getProperty(key), Locale.GERMAN);
        assertThat(german.format(new Object[] {0})).as(key).doesNotContain("{");
        assertThat(german.format(new Object[] {1})).as(key).contains("1");
    }

    private static Properties load(String path) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
