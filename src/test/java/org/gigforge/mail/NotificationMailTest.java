package org.gigforge.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountSummary;
import org.gigforge.job.JobId;
import org.gigforge.job.JobService;
import org.gigforge.job.SavedSearchId;
import org.gigforge.job.SavedSearchMatched;
import org.gigforge.mail.internal.UnreadMessageDigest;
import org.gigforge.notification.Channel;
import org.gigforge.notification.NotificationPreferences;
import org.gigforge.notification.NotificationService;
import org.gigforge.notification.NotificationType;
import org.gigforge.notification.internal.Notifier;
import org.gigforge.platform.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The email channel over SMTP: notifications reach verified members by mail with absolute links, as their
 * preferences say; unsubscribing and suppressed addresses stop them; messages come as one digest.
 */
class NotificationMailTest extends SmtpMailTest {

    @Autowired Notifier notifier;
    @Autowired NotificationPreferences preferences;
    @Autowired NotificationService notifications;
    @Autowired Unsubscribes unsubscribes;
    @Autowired MailEvents mailEvents;
    @Autowired UnreadMessageDigest digest;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired JobService jobs;
    @Autowired ApplicationEventPublisher events;

    private void offer(AccountSummary to) {
        notifier.notify(to.id(), NotificationType.OFFER_RECEIVED, "notification.offer-received", List.of("Carla Client"),
                "contracts", "");
    }

    @Test
    void a_notification_mails_the_verified_recipient_only_with_a_link_and_one_click_unsubscribe() throws Exception {
        var member = verifiedMember("notify", "Nina Notify", Locale.ENGLISH);
        var unverified = signUp("notify-unverified", "Uwe Unverified", Locale.ENGLISH);
        deliver();
        offer(member);
        offer(unverified);
        deliver();

        var mail = mailsTo(member.email()).getLast();
        assertThat(mail.getSubject()).isEqualTo("You received an offer from Carla Client.");
        assertThat(text(mail)).contains("Hello Nina Notify,").contains("Open in Gigforge: " + PUBLIC_URL + "/contracts")
                .contains("emails about “Offers” are on");
        assertThat(html(mail)).contains("href=\"" + PUBLIC_URL + "/contracts\"");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + PUBLIC_URL + "/api/v1/mail/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        // Only the verification mail: an unconfirmed address gets essential mail only.
        assertThat(mailsTo(unverified.email())).hasSize(1);
    }

    @Test
    void a_german_member_gets_notifications_in_german() throws Exception {
        var member = verifiedMember("notify-de", "Dieter Deutsch", Locale.GERMAN);
        offer(member);
        deliver();

        var mail = mailsTo(member.email()).getLast();
        assertThat(mail.getSubject()).isEqualTo("Du hast ein Vertragsangebot von Carla Client bekommen.");
        assertThat(text(mail)).contains("Hallo Dieter Deutsch,").contains("In Gigforge öffnen: " + PUBLIC_URL + "/contracts");
    }

    @Test
    void a_saved_search_match_is_mailed_with_the_jobs_address_and_stays_out_of_the_bell() throws Exception {
        var member = verifiedMember("saved-search", "Sam Saved", Locale.ENGLISH);
        long jobId = jdbc.sql("select id from job where state = 'OPEN' order by id limit 1").query(Long.class).single();
        var job = jobs.publishedJobs(List.of(new JobId(jobId))).get(new JobId(jobId));
        events.publishEvent(new SavedSearchMatched(new SavedSearchId(1), member.id(), job.id()));
        deliver();

        var mail = mailsTo(member.email()).getLast();
        assertThat(mail.getSubject()).isEqualTo("A new job matches your saved search: “" + job.title() + "”.");
        assertThat(text(mail)).contains(PUBLIC_URL + "/" + job.path());
        TestAccounts.signInAs(users, member.email());
        assertThat(notifications.unreadCount()).isZero();
        assertThat(notifications.recent(10)).isEmpty();
    }

    @Test
    void preferences_are_honoured_and_another_member_cannot_change_them() throws Exception {
        var member = verifiedMember("prefs", "Paula Prefs", Locale.ENGLISH);
        TestAccounts.signInAs(users, member.email());
        preferences.set(NotificationType.OFFER_RECEIVED, Channel.EMAIL, false);
        assertThat(preferences.mine()).filteredOn(p -> p.type() == NotificationType.OFFER_RECEIVED)
                .extracting(p -> p.channel() + "=" + p.enabled())
                .containsExactly("IN_APP=true", "EMAIL=false", "PUSH=true");
        preferences.set(NotificationType.CONTRACT_ENDED, Channel.IN_APP, false);
        TestAccounts.signOut();
        int mailsBefore = mailsTo(member.email()).size();

        offer(member);
        notifier.notify(member.id(), NotificationType.CONTRACT_ENDED, "notification.contract-ended.COMPLETED",
                List.of("Logo design"), "contracts/1/review", "");
        deliver();

        // Offers: in the app, not by mail. Ended contracts: by mail, not in the app.
        assertThat(mailsTo(member.email())).hasSize(mailsBefore + 1);
        assertThat(mailsTo(member.email()).getLast().getSubject()).contains("Logo design");
        TestAccounts.signInAs(users, member.email());
        assertThat(notifications.recent(10)).extracting(n -> n.type()).containsExactly(NotificationType.OFFER_RECEIVED);
        assertThat(notifications.unreadCount()).isEqualTo(1);

        TestAccounts.signInAs(users, TestAccounts.CLIENT);
        assertThat(preferences.enabled(member.id(), NotificationType.OFFER_RECEIVED, Channel.EMAIL)).isFalse();
        preferences.set(NotificationType.OFFER_RECEIVED, Channel.EMAIL, true);
        // The client changed their own preference, not the member's.
        assertThat(preferences.enabled(member.id(), NotificationType.OFFER_RECEIVED, Channel.EMAIL)).isFalse();
    }

    @Test
    void the_one_click_unsubscribe_token_turns_that_type_off_and_a_forged_one_is_refused() throws Exception {
        var member = verifiedMember("unsub", "Ulla Unsub", Locale.ENGLISH);
        offer(member);
        deliver();
        String header = mailsTo(member.email()).getLast().getHeader("List-Unsubscribe")[0];
        String token = URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.length() - 1),
                StandardCharsets.UTF_8);

        String forged = token.replaceFirst("^\\d+", String.valueOf(member.id().value() + 1));
        assertThatThrownBy(() -> unsubscribes.unsubscribe(forged)).isInstanceOf(UserFacingException.class);

        assertThat(unsubscribes.unsubscribe(token)).isEqualTo(NotificationType.OFFER_RECEIVED);
        assertThat(preferences.enabled(member.id(), NotificationType.OFFER_RECEIVED, Channel.EMAIL)).isFalse();
        assertThat(preferences.enabled(member.id(), NotificationType.CONTRACT_ENDED, Channel.EMAIL)).isTrue();
        int before = mailsTo(member.email()).size();
        offer(member);
        deliver();
        assertThat(mailsTo(member.email())).hasSize(before);
    }

    @Test
    void a_hard_bounce_stops_all_mail_and_a_complaint_all_but_essential_mail() throws Exception {
        var bounced = verifiedMember("bounce", "Bea Bounce", Locale.ENGLISH);
        var complaining = verifiedMember("complain", "Carl Complain", Locale.ENGLISH);
        int bouncedBefore = mailsTo(bounced.email()).size();
        int complainingBefore = mailsTo(complaining.email()).size();

        var outcome = mailEvents.handle(List.of(
                new MailEvent(bounced.email().toUpperCase(Locale.ROOT), "bounce", "bounce", "550 5.1.1 no such user"),
                new MailEvent(complaining.email(), "spamreport", null, null),
                new MailEvent(complaining.email(), "delivered", null, null)));
        assertThat(outcome).isEqualTo(new MailEventOutcome(2, 1));

        offer(bounced);
        offer(complaining);
        emails.requestPasswordReset(bounced.email());
        emails.requestPasswordReset(complaining.email());
        deliver();

        assertThat(mailsTo(bounced.email())).hasSize(bouncedBefore);
        // The complaining member still gets the reset they asked for, but no notification.
        assertThat(mailsTo(complaining.email())).hasSize(complainingBefore + 1);
        assertThat(mailsTo(complaining.email()).getLast().getSubject()).isEqualTo("Reset your Gigforge password");
    }

    @Test
    void unread_messages_come_as_one_digest_after_the_delay_and_only_once() throws Exception {
        clock.set(Instant.parse("2032-05-01T09:00:00Z"));
        var member = verifiedMember("digest", "Dana Digest", Locale.ENGLISH);
        var reader = verifiedMember("digest-reader", "Rolf Reader", Locale.ENGLISH);
        int before = mailsTo(member.email()).size();
        int readerBefore = mailsTo(reader.email()).size();
        notifier.notify(member.id(), NotificationType.MESSAGE, "notification.message", List.of("Felix", "Logo design"),
                "messages/101", "conversation:101");
        notifier.notify(member.id(), NotificationType.MESSAGE, "notification.message", List.of("Fiona", "Book cover"),
                "messages/102", "conversation:102");
        notifier.notify(reader.id(), NotificationType.MESSAGE, "notification.message", List.of("Felix", "Logo design"),
                "messages/103", "conversation:103");
        deliver();
        assertThat(mailsTo(member.email())).as("no mail per message").hasSize(before);

        clock.advance(Duration.ofMinutes(10));
        digest.run();
        deliver();
        assertThat(mailsTo(member.email())).as("not before the delay").hasSize(before);

        TestAccounts.signInAs(users, reader.email());
        notifications.markAllRead();
        TestAccounts.signOut();
        clock.advance(Duration.ofMinutes(6));
        digest.run();
        deliver();

        assertThat(mailsTo(member.email())).hasSize(before + 1);
        var mail = mailsTo(member.email()).getLast();
        assertThat(mail.getSubject()).isEqualTo("You have 2 unread conversations on Gigforge");
        assertThat(text(mail)).contains("- Felix about “Logo design”: " + PUBLIC_URL + "/messages/101")
                .contains("- Fiona about “Book cover”: " + PUBLIC_URL + "/messages/102");
        assertThat(mail.getHeader("List-Unsubscribe")).isNotNull();
        assertThat(mailsTo(reader.email())).as("read in time").hasSize(readerBefore);

        clock.advance(Duration.ofMinutes(30));
        digest.run();
        deliver();
        assertThat(mailsTo(member.email())).as("each message mailed once").hasSize(before + 1);
    }
}
