package org.gigforge.dispute;

/** What an admin decided: all to the freelancer, all back to the client, or a split of the two. */
public enum DisputeOutcome {
    RELEASE,
    REFUND,
    SPLIT
}
