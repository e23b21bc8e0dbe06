package org.gigforge.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.gigforge.platform.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Length and common-password rules (NIST SP 800-63B style: long passwords, no composition rules,
 * refuse passwords that attackers try first). A common word with digits or symbols tacked on
 * ("password2024!") counts as common.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws an {@link InvalidInputException} on the field {@code field} when the password is too weak. */
    public void check(String field, String password, String email, String name) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw InvalidInputException.of(field, "account.password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw InvalidInputException.of(field, "account.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().distinct().count() <= 2 || isCommon(lower)) {
            throw InvalidInputException.of(field, "account.password.too-common");
        }
        String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if ((localPart.length() >= 4 && lower.contains(localPart))
                || lower.replace(" ", "").equals(name.toLowerCase(Locale.ROOT).replace(" ", ""))) {
            throw InvalidInputException.of(field, "account.password.personal");
        }
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("[^a-z]+$", "").replaceAll("^[^a-z]+", "");
        return core.length() >= 3 && common.contains(core)
                || lower.replaceAll("[^0-9]", "").length() == lower.length();
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("account/common-passwords.txt");
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#!comment"))
                    .map(String::strip)
                    .filter(Objects::nonNull)
                    .filter(line -> !line.isEmpty())
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
