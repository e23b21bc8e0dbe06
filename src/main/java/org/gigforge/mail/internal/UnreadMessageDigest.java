package org.gigforge.mail.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gigforge.account.AccountContact;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.UserId;
import org.gigforge.mail.MailProperties;
import org.gigforge.notification.Channel;
import org.gigforge.notification.Notification;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationService;
import org.gigforge.notification.NotificationType;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mail about unread messages instead of one per message: every few minutes, each member whose message
 * notifications have stayed unread for {@code gigforge.mail.digest-delay} gets a single mail listing those
 * conversations. Messages already covered by an earlier digest are never mailed again; reading them in time
 * means no mail at all.
 */
@Component
public class UnreadMessageDigest {

    /** Unread messages older than this are not mailed about any more (e.g. right after the feature is switched on). */
    static final Duration LOOKBACK = Duration.ofDays(3);

    private static final Logger log = LoggerFactory.getLogger(UnreadMessageDigest.class);

    private final NotificationService notifications;
    private final NotificationPreferences preferences;
    private final AccountEmails accounts;
    private final Suppressions suppressions;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final MailLinks links;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailProperties properties;
    private final Clock clock;

    UnreadMessageDigest(NotificationService notifications, NotificationPreferences preferences, AccountEmails accounts,
            Suppressions suppressions, Mailer mailer, MailTemplates templates, MailLinks links, JdbcClient jdbc,
            TransactionTemplate transactions, MailProperties properties, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.suppressions = suppressions;
        this.mailer = mailer;
        this.templates = templates;
        this.links = links;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the due digests; returns how many. */
    @Recurring(id = "unread-message-digest", cron = "*/5 * * * *", zoneId = "UTC")
    @Job(name = "Mail unread message digests")
    public int run() {
        Instant cutoff = clock.instant().minus(properties.digestDelay());
        var byMember = new LinkedHashMap<UserId, List<Notification>>();
        for (Notification n : notifications.unreadBetween(NotificationType.MESSAGE, cutoff.minus(LOOKBACK), cutoff, 10_000)) {
            byMember.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n);
        }
        int sent = 0;
        for (Map.Entry<UserId, List<Notification>> entry : byMember.entrySet()) {
            try {
                Boolean mailed = transactions.execute(status -> digest(entry.getKey(), entry.getValue()));
                sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not write the message digest of member {}", entry.getKey(), e);
            }
        }
        return sent;
    }

    private boolean digest(UserId member, List<Notification> unread) {
        Instant covered = jdbc.sql("select covered_until from mail_digest where user_id = ? for update")
                .param(member.value()).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(Instant.EPOCH);
        List<Notification> fresh = unread.stream().filter(n -> n.createdAt().isAfter(covered)).toList();
        if (fresh.isEmpty() || !preferences.enabled(member, NotificationType.MESSAGE, Channel.EMAIL)) {
            return false;
        }
        AccountContact to = accounts.contact(member).orElse(null);
        if (to == null || !to.emailVerified() || suppressions.blocks(to.email(), false)) {
            return false;
        }
        Locale l = to.locale();
        var items = fresh.stream().map(n -> new MailContent.Link(
                templates.text(l, "mail.digest.item", n.args().toArray()), links.page(n.link()))).toList();
        var content = new MailContent(l, templates.text(l, "mail.digest.subject", fresh.size()),
                templates.text(l, "mail.greeting", to.name()), List.of(templates.text(l, "mail.digest.body", fresh.size())),
                new MailContent.Link(templates.text(l, "mail.digest.action"), links.page("messages")), items,
                List.of(templates.text(l, "mail.footer.because", templates.text(l, "notification.type.MESSAGE"))),
                links.unsubscribePage(member, NotificationType.MESSAGE));
        mailer.queue(member, to.email(), "MESSAGE_DIGEST", false, content,
                links.oneClickUnsubscribe(member, NotificationType.MESSAGE));
        Instant until = fresh.stream().map(Notification::createdAt).max(Instant::compareTo).orElseThrow();
        jdbc.sql("""
                insert into mail_digest (user_id, covered_until, sent_at) values (?, ?, ?)
                on conflict (user_id) do update set covered_until = excluded.covered_until, sent_at = excluded.sent_at""")
                .params(member.value(), Timestamp.from(until), Timestamp.from(clock.instant())).update();
        return true;
    }
}
