package org.gigforge.mail;

/** Where a mail is: waiting, handed to the SMTP server, kept in the outbox, failing (retried), or not sent. */
public enum MailStatus { QUEUED, SENT, STORED, FAILED, SUPPRESSED }
