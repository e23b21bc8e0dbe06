package org.gigforge.mail.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.gigforge.account.EmailVerificationRequested;
import org.gigforge.account.PasswordResetRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The account's essential mails. They are written in the transaction that issued the token, so a token exists
 * exactly when its mail does; they ignore preferences and carry no unsubscribe link.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MailTemplates templates;
    private final MailLinks links;

    AccountMails(Mailer mailer, MailTemplates templates, MailLinks links) {
        this.mailer = mailer;
        this.templates = templates;
        this.links = links;
    }

    @EventListener
    void on(EmailVerificationRequested e) {
        Locale l = e.locale();
        var content = new MailContent(l, templates.text(l, "mail.verify.subject"),
                templates.text(l, "mail.greeting", e.name()),
                List.of(templates.text(l, "mail.verify.body"), templates.text(l, "mail.verify.expires", until(e.expiresAt(), l))),
                new MailContent.Link(templates.text(l, "mail.verify.action"), links.withToken("verify-email", e.token())),
                List.of(), List.of(templates.text(l, "mail.verify.not-you")), null);
        mailer.queue(e.userId(), e.email(), "VERIFY_EMAIL", true, content, null);
    }

    @EventListener
    void on(PasswordResetRequested e) {
        Locale l = e.locale();
        var content = new MailContent(l, templates.text(l, "mail.reset.subject"),
                templates.text(l, "mail.greeting", e.name()),
                List.of(templates.text(l, "mail.reset.body"), templates.text(l, "mail.reset.expires", until(e.expiresAt(), l))),
                new MailContent.Link(templates.text(l, "mail.reset.action"), links.withToken("reset-password", e.token())),
                List.of(), List.of(templates.text(l, "mail.reset.not-you")), null);
        mailer.queue(e.userId(), e.email(), "RESET_PASSWORD", true, content, null);
    }

    private static String until(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
