package org.gigforge.messaging;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots messages that try to take the conversation or the payment off the platform: email addresses (also written
 * "name at mail dot com"), phone numbers, messenger handles and links, and asking to pay outside (PayPal, Venmo,
 * bank transfer, "pay me directly"). The receiver sees a warning, because off-platform payment is where scams and
 * unprotected money start; the message itself is delivered, since plenty of such mentions are harmless.
 */
public final class OffPlatformDetector {

    /** What was found. */
    public enum Finding { EMAIL, PHONE, MESSENGER, PAYMENT }

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}"
                    + "|\\b[\\p{L}0-9._%+-]+\\s*[\\[(]?\\s*(?:at|ät)\\s*[\\])]?\\s*[\\p{L}0-9-]+\\s*[\\[(]?\\s*(?:dot|punkt)\\s*[\\])]?\\s*(?:com|net|org|de|io|co|me)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Digits with the separators people put in phone numbers (spaces, dashes, dots, brackets, slashes); commas are
     * not among them, so amounts such as 1,500,000 never match. Counted as a number from 9 digits, or from 7 with a
     * leading "+" or "00"; an 8-digit date like 2025-06-01 stays below the threshold.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d.,])\\+?[\\d][\\d \\-./()]{5,}\\d(?![\\d,])");

    private static final Pattern MESSENGER = Pattern.compile(
            "\\b(?:whats\\s?app|wa\\.me|telegram|t\\.me/|skype|live:\\w|wechat|we\\s?chat|viber|discord|snapchat|"
                    + "kik|line\\s?id|facebook\\s?messenger|signal\\s?(?:app|messenger|me\\b|number))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PAYMENT = Pattern.compile(
            "\\b(?:pay\\s?pal|venmo|cash\\s?app|zelle|western\\s?union|money\\s?gram|transfer\\s?wise|wise\\.com|"
                    + "revolut|payoneer|bitcoin|btc|usdt|crypto|"
                    + "bank\\s?transfer|wire\\s?transfer|iban|swift\\s?code|"
                    + "pay\\s+(?:you|me|us)?\\s*(?:directly|outside|off|privately|in\\s+cash)|"
                    + "(?:outside|off)\\s+(?:of\\s+)?(?:the\\s+)?(?:platform|site|gigforge|app)|off[- ]platform|"
                    + "avoid\\s+(?:the\\s+)?fees?|skip\\s+(?:the\\s+)?fees?|"
                    + "au(?:ß|ss)erhalb\\s+(?:der|von)\\s+(?:plattform|gigforge)|direkt\\s+(?:bezahlen|zahlen|überweisen)|"
                    + "überweisung|gebühren\\s+sparen)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OffPlatformDetector() {}

    /** Everything found in the text; empty for an ordinary message. */
    public static Set<Finding> detect(String text) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        if (text.isBlank()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (EMAIL.matcher(text).find()) {
            found.add(Finding.EMAIL);
        }
        if (hasPhoneNumber(text)) {
            found.add(Finding.PHONE);
        }
        if (MESSENGER.matcher(lower).find()) {
            found.add(Finding.MESSENGER);
        }
        if (PAYMENT.matcher(lower).find()) {
            found.add(Finding.PAYMENT);
        }
        return found;
    }

    private static boolean hasPhoneNumber(String text) {
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String candidate = run.group();
            long digits = candidate.chars().filter(Character::isDigit).count();
            boolean international = candidate.startsWith("+") || candidate.startsWith("00");
            if (digits >= 9 || (international && digits >= 7)) {
                return true;
            }
        }
        return false;
    }

    /** The findings as stored with a message, e.g. {@code EMAIL,PHONE}. */
    public static String encode(Set<Finding> findings) {
        return String.join(",", findings.stream().map(Enum::name).toList());
    }

    public static Set<Finding> decode(String stored) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        for (String name : stored.split(",")) {
            if (!name.isBlank()) {
                findings.add(Finding.valueOf(name.strip()));
            }
        }
        return findings;
    }
}
