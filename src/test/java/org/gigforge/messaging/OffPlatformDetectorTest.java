package org.gigforge.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gigforge.messaging.OffPlatformDetector.Finding.EMAIL;
import static org.gigforge.messaging.OffPlatformDetector.Finding.MESSENGER;
import static org.gigforge.messaging.OffPlatformDetector.Finding.PAYMENT;
import static org.gigforge.messaging.OffPlatformDetector.Finding.PHONE;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What counts as taking the conversation or the money off the platform, and what ordinary messages look like. */
class OffPlatformDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"write to me: anna.b+work@mail.example.com", "anna at gmail dot com",
            "anna [at] gmx [dot] de", "Mail: jürgen@bücher.de"})
    void email_addresses(String text) {
        assertThat(OffPlatformDetector.detect(text)).contains(EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me +49 170 1234567", "0170/1234567 after six", "(555) 123-4567 any time",
            "+44 20 7946 0958", "my number is 555.123.4567"})
    void phone_numbers(String text) {
        assertThat(OffPlatformDetector.detect(text)).contains(PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add me on WhatsApp", "my telegram is @anna_b", "t.me/annab", "Skype: live:anna",
            "text me on Whats App", "wa.me/491701234567", "my discord is anna#1234"})
    void messengers(String text) {
        assertThat(OffPlatformDetector.detect(text)).contains(MESSENGER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I can pay you directly", "pay outside the platform and we both save", "send it via PayPal",
            "Venmo is easier", "let's do a bank transfer", "we can avoid the fees", "Zahlung lieber direkt überweisen?",
            "außerhalb der Plattform ist billiger", "my IBAN is below", "Cash App works too"})
    void paying_outside(String text) {
        assertThat(OffPlatformDetector.detect(text)).contains(PAYMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The budget is $1,500,000 over two years", "Deadline 2025-06-01, two revisions",
            "Can you deliver 3 logos at 1920x1080?", "I studied cryptography and signal processing",
            "Payment through Gigforge milestones is fine", "Version 10.2.3 of the app", "Call at 10:30 tomorrow?",
            "Our office is at 221b Baker Street", "Order number 12345678"})
    void ordinary_messages_are_left_alone(String text) {
        assertThat(OffPlatformDetector.detect(text)).isEmpty();
    }

    @Test
    void findings_survive_storage() {
        var findings = OffPlatformDetector.detect("mail bob@example.org or WhatsApp +49 170 1234567");
        assertThat(findings).containsExactlyInAnyOrder(EMAIL, PHONE, MESSENGER);
        assertThat(OffPlatformDetector.decode(OffPlatformDetector.encode(findings))).isEqualTo(findings);
        assertThat(OffPlatformDetector.decode("")).isEmpty();
    }
}
