package org.gigforge.messaging;

/** Whether messages between two members are blocked, and by whom (the viewer's own block wins). */
public enum BlockState {
    NONE,
    BY_ME,
    BY_THEM
}
