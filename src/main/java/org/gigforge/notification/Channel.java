package org.gigforge.notification;

/** The ways a notification can reach a member, each switchable per notification type. */
public enum Channel {
    IN_APP("in-app"),
    EMAIL("email"),
    PUSH("push");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    /** The name stored with preferences and used by {@link NotificationChannel#name()}. */
    public String id() {
        return id;
    }

    public static Channel of(String id) {
        for (Channel channel : values()) {
            if (channel.id.equals(id)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("No channel " + id);
    }
}
