package org.gigforge.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.TestClock;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.mail.internal.MailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with mail sent over SMTP to a real SMTP server (GreenMail on a free port of 127.0.0.1). Every
 * test class extending this shares one context. Jobs are run directly: {@link #deliver()} sends what is queued.
 */
@GigforgeTest
public abstract class SmtpMailTest {

    public static final String WEBHOOK_SECRET = "webhook-secret-for-tests";
    public static final String PUBLIC_URL = "https://gigforge.test";
    protected static final String PASSWORD = "quiet harbour lanterns";

    protected static final GreenMail SMTP = start();

    @Autowired protected MailDelivery delivery;
    @Autowired protected AccountService accounts;
    @Autowired protected AccountEmails emails;
    @Autowired protected TestClock clock;

    private static GreenMail start() {
        var smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        return smtp;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("gigforge.mail.transport", () -> "smtp");
        registry.add("gigforge.mail.webhook-secret", () -> WEBHOOK_SECRET);
        registry.add("gigforge.public-url", () -> PUBLIC_URL);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterEach
    void resetClockAndSession() {
        clock.reset();
        TestAccounts.signOut();
    }

    /** Runs the send jobs of every queued mail, as JobRunr would. */
    protected void deliver() {
        delivery.sendPendingBefore(Instant.parse("2999-01-01T00:00:00Z"));
    }

    /** The mails the SMTP server received for this address, oldest first. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String text(MimeMessage mail) {
        return part(mail, "text/plain");
    }

    protected static String html(MimeMessage mail) {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) {
        try {
            String found = find(mail.getContent(), type);
            if (found == null) {
                throw new AssertionError("No " + type + " part");
            }
            return found;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** The token of the first link to this page in the mail's text. */
    protected static String token(MimeMessage mail, String page) {
        Matcher m = Pattern.compile(Pattern.quote(PUBLIC_URL + "/" + page) + "\\?token=([A-Za-z0-9_.%-]+)").matcher(text(mail));
        if (!m.find()) {
            throw new AssertionError("No link to " + page + " in:\n" + text(mail));
        }
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    protected AccountSummary signUp(String prefix, String name, Locale locale) {
        return accounts.signUp(new SignUpRequest(name, TestAccounts.uniqueEmail(prefix), PASSWORD, Role.FREELANCER), locale);
    }

    /** A member who confirmed their address with the link of their verification mail. */
    protected AccountSummary verifiedMember(String prefix, String name, Locale locale) {
        var member = signUp(prefix, name, locale);
        deliver();
        emails.verifyEmail(token(mailsTo(member.email()).getLast(), "verify-email"));
        return member;
    }
}
