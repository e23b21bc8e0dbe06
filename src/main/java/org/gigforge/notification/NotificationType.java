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
    MESSAGE,
    /** A new job matched a saved search; in the app its place is the Saved searches page, so the bell skips it. */
    SAVED_SEARCH_MATCH,
    /** A step of a dispute the member is party to, or, for admins, one that needs their decision. */
    DISPUTE,
    /**
     * Money that did not move as it should: a client's payment or a week's charge failed, a payout to a freelancer's
     * bank failed; for admins, a card chargeback that froze a contract.
     */
    PAYMENT
}
