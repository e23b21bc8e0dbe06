package org.gigforge.notification;

/** Sent over the cluster bus (topic {@value #TOPIC}) when a member got a notification or read some. */
public record NotificationSignal(long recipient, long notification) {

    public static final String TOPIC = "notifications";
}
