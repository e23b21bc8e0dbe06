package org.gigforge.messaging;

import org.gigforge.account.UserId;

/** A message arrived for a member who was not online; the notifications module tells them. */
public record MessageReceivedWhileAway(ConversationId conversation, MessageId message, UserId recipient, UserId sender,
        String senderName, String title) {}
