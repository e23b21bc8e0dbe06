package org.gigforge.mail.internal;

/** A mail was stored; once its transaction commits, a job sends it. */
record MailQueued(long mailId) {}
