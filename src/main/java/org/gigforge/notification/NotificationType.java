package org.gigforge.notification;

/** What a notification is about; per-type preferences (and which channels each may use) hang off this. */
public enum NotificationType {
    PROPOSAL_RECEIVED,
    INVITED,
    OFFER_RECEIVED,
    CONTRACT_STARTED,
    MILESTONE_FUNDED,
    MILESTONE_SUBMITTED,
    MILESTONE_RELEASED,
    CONTRACT_ENDED,
    REVIEW_PUBLISHED,
    MESSAGE
}
