package org.gigforge.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.gigforge.TestAccounts;
import org.gigforge.mail.MailOutbox;
import org.gigforge.mail.MailProperties;
import org.gigforge.mail.MailStatus;
import org.gigforge.mail.SmtpMailTest;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail whose SMTP server cannot be reached is kept, marked failed and thrown (so JobRunr retries it); the next
 * attempt, with the server back, sends it once.
 */
class MailRetryTest extends SmtpMailTest {

    @Autowired Mailer mailer;
    @Autowired MailMessageRepository mails;
    @Autowired Suppressions suppressions;
    @Autowired MailProperties properties;
    @Autowired JobScheduler scheduler;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock appClock;
    @Autowired MailOutbox outbox;
    @Autowired UserDetailsService users;

    @Test
    void a_failed_send_is_recorded_thrown_and_sent_by_the_next_attempt() {
        String to = TestAccounts.uniqueEmail("retry");
        var content = new MailContent(Locale.ENGLISH, "Retry me", "Hello,", List.of("Body"), null, List.of(), List.of(),
                null);
        long id = transactions.execute(status -> mailer.queue(null, to, "TEST", true, content, null));

        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        // Port 9 (discard) is not listened on here: the connection is refused at once.
        unreachable.setPort(9);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", unreachable);
        var broken = new MailDelivery(mails, suppressions, properties, beans.getBeanProvider(JavaMailSender.class),
                scheduler, transactions, appClock);

        assertThatThrownBy(() -> broken.deliver(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be sent");
        TestAccounts.signInAs(users, TestAccounts.ADMIN);
        var failed = outbox.mail(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(mailsTo(to)).isEmpty();

        delivery.deliver(id);
        delivery.deliver(id);

        var sent = outbox.mail(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(mailsTo(to)).hasSize(1);
    }
}
