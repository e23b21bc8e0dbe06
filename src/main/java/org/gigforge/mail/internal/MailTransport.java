package org.gigforge.mail.internal;

import org.gigforge.mail.MailStatus;

/** Hands a mail on: to an SMTP server, or nowhere (the stored row is the outbox). */
interface MailTransport {

    /** Sends the mail or throws; returns how it was delivered. */
    MailStatus send(MailMessage mail);
}
