package org.gigforge.mail;

import org.jspecify.annotations.Nullable;

/**
 * One delivery event reported by the mail provider, in the SendGrid event webhook's shape: {@code event} is
 * {@code bounce}, {@code dropped}, {@code spamreport} (others are accepted and ignored); a bounce's {@code type}
 * is {@code bounce} (hard, permanent) or {@code blocked} (soft, temporary).
 */
public record MailEvent(@Nullable String email, @Nullable String event, @Nullable String type, @Nullable String reason) {}
