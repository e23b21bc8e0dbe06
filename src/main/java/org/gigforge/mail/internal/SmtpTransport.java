package org.gigforge.mail.internal;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.gigforge.mail.MailStatus;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through Spring's mail sender ({@code spring.mail.*}), as multipart text and HTML. */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public MailStatus send(MailMessage mail) {
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            // Tells mail clients and auto-responders this is automated mail, so they do not answer it.
            message.setHeader("Auto-Submitted", "auto-generated");
            if (mail.unsubscribeUrl() != null) {
                // RFC 8058: clients offer an unsubscribe button that POSTs to this address without opening it.
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
        return MailStatus.SENT;
    }
}
