package org.gigforge.messaging;

/** What a conversation is about: a job (before hiring) or a contract (after). */
public enum ConversationKind {
    JOB,
    CONTRACT
}
