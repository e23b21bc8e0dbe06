package org.gigforge.notification;

/**
 * A way a stored notification reaches its recipient. In-app delivery (a live count over the cluster bus) is one;
 * email and browser push are others, each a bean of this type deciding for itself (preferences, quiet hours,
 * suppressed addresses) whether to deliver. Called after the notification is committed; a channel that fails is
 * logged and never stops the others.
 */
public interface NotificationChannel {

    /** A short name for logs and, later, preferences: {@code in-app}, {@code email}, {@code push}. */
    String name();

    void deliver(Notification notification);
}
