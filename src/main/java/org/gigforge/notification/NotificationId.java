package org.gigforge.notification;

public record NotificationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
