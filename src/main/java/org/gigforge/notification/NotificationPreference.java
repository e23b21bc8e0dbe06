package org.gigforge.notification;

/** Whether notifications of one type reach the member through one channel. */
public record NotificationPreference(NotificationType type, Channel channel, boolean enabled) {}
