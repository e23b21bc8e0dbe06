package org.gigforge.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gigforge.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource({
        "short1!, account.password.too-short",
        "password123, account.password.too-common",
        "Password2024!, account.password.too-common",
        "qwertyuiop, account.password.too-common",
        "1234567890123, account.password.too-common",
        "aaaaaaaaaaaa, account.password.too-common",
        "ababababababab, account.password.too-common",
        "jane.doe-rocks, account.password.personal",
    })
    void refuses_weak_passwords_with_a_reason(String password, String reason) {
        assertThatThrownBy(() -> policy.check("password", password, "jane.doe@example.org", "Jane Doe"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(reason);
                    assertThat(e.field()).isEqualTo("password");
                });
    }

    @Test
    void refuses_absurdly_long_passwords() {
        assertThatThrownBy(() -> policy.check("password", "x1".repeat(100), "a@b.org", "A"))
                .hasMessageContaining("account.password.too-long");
    }

    @Test
    void accepts_a_long_uncommon_passphrase() {
        assertThatCode(() -> policy.check("password", "copper kettle mountain", "jane.doe@example.org", "Jane Doe"))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("password", "Zürich-Blau-42", "jane.doe@example.org", "Jane Doe"))
                .doesNotThrowAnyException();
    }
}
