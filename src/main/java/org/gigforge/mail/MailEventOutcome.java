package org.gigforge.mail;

/** What a batch of provider events did: addresses newly suppressed, and events that changed nothing. */
public record MailEventOutcome(int suppressed, int ignored) {}
