package org.gigforge.mail.internal;

import java.util.List;
import java.util.Locale;
import org.gigforge.account.AccountContact;
import org.gigforge.account.AccountEmails;
import org.gigforge.notification.Channel;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationChannel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by mail, when the member wants that type by email and has verified their address. Messages are
 * never mailed one by one: they wait for the unread message digest ({@link UnreadMessageDigest}).
 */
@Component
class EmailChannel implements NotificationChannel {

    private final NotificationPreferences preferences;
    private final AccountEmails accounts;
    private final Suppressions suppressions;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final MailLinks links;
    private final TransactionTemplate transactions;

    EmailChannel(NotificationPreferences preferences, AccountEmails accounts, Suppressions suppressions, Mailer mailer,
            MailTemplates templates, MailLinks links, PlatformTransactionManager transactionManager) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.suppressions = suppressions;
        this.mailer = mailer;
        this.templates = templates;
        this.links = links;
        // A transaction of its own: channels run after the change behind the notification committed, often inside
        // that transaction's after-commit callbacks, where joining it would write nothing (the mail had no id and
        // was lost).
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return Channel.EMAIL.id();
    }

    @Override
    public void deliver(Notification n) {
        if (n.type() == NotificationType.MESSAGE || !preferences.enabled(n.recipient(), n.type(), Channel.EMAIL)) {
            return;
        }
        AccountContact to = accounts.contact(n.recipient()).orElse(null);
        // Unverified addresses get essential mail only: whoever typed the address may not own it.
        if (to == null || !to.emailVerified() || suppressions.blocks(to.email(), false)) {
            return;
        }
        Locale l = to.locale();
        String text = templates.text(l, n.messageKey(), n.args().toArray());
        String typeName = templates.text(l, "notification.type." + n.type().name());
        var content = new MailContent(l, text, templates.text(l, "mail.greeting", to.name()), List.of(text),
                new MailContent.Link(templates.text(l, "mail.notification.action"), links.page(n.link())), List.of(),
                List.of(templates.text(l, "mail.footer.because", typeName)), links.unsubscribePage(to.id(), n.type()));
        transactions.executeWithoutResult(status -> mailer.queue(to.id(), to.email(), n.type().name(), false, content,
                links.oneClickUnsubscribe(to.id(), n.type())));
    }
}
