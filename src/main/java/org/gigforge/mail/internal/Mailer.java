package org.gigforge.mail.internal;

import java.time.Clock;
import java.util.Locale;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a mail into the table in the caller's transaction (so a mail exists exactly when the change behind it
 * committed) and has it sent by a job after the commit.
 */
@Component
public class Mailer {

    private final MailMessageRepository mails;
    private final MailTemplates templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mailer(MailMessageRepository mails, MailTemplates templates, ApplicationEventPublisher events, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param type what the mail is about, for admins: a notification type or {@code VERIFY_EMAIL},
     *     {@code RESET_PASSWORD}, {@code MESSAGE_DIGEST}
     * @param essential asked for by the member (verification, reset): no preferences, no unsubscribe link
     * @param oneClickUnsubscribe the address of the {@code List-Unsubscribe} header, for non-essential mail
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long queue(@Nullable UserId recipient, String to, String type, boolean essential, MailContent content,
            @Nullable String oneClickUnsubscribe) {
        Locale locale = content.locale();
        var mail = mails.save(new MailMessage(recipient == null ? null : recipient.value(), to, type, essential,
                locale.getLanguage().isEmpty() ? "en" : locale.getLanguage(), templates.render(content),
                oneClickUnsubscribe, clock.instant()));
        events.publishEvent(new MailQueued(mail.id()));
        return mail.id();
    }
}
